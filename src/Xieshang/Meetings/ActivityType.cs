using System.ComponentModel.DataAnnotations;

namespace Xieshang.Meetings;

/// <summary>The kinds of meeting and activity of domain.md §3.6; the API spells them LECTURE, ROOM_CONSULTATION ….</summary>
public enum ActivityType
{
    [Display(Name = "全体会议")] Plenary,
    [Display(Name = "常委会议")] StandingCommittee,
    [Display(Name = "主席会议")] ChairsCouncil,
    [Display(Name = "主席专题协商")] ChairConsultation,
    [Display(Name = "专题议政性常委会议")] StandingDeliberation,
    [Display(Name = "专委会会议")] CommitteeMeeting,
    [Display(Name = "调研")] Research,
    [Display(Name = "视察")] Inspection,
    [Display(Name = "专题民主监督")] DemocraticSupervision,
    [Display(Name = "评议")] Appraisal,
    [Display(Name = "对口协商")] CounterpartConsultation,
    [Display(Name = "议事室协商")] RoomConsultation,
    [Display(Name = "一厅一室活动")] HallStudio,
    [Display(Name = "委员讲堂")] Lecture,
    [Display(Name = "培训")] Training,
    [Display(Name = "委员在行动")] CampaignEvent,
    [Display(Name = "服务活动（三走进一联系、五送下乡）")] ServiceEvent,
    [Display(Name = "项目帮办")] ProjectFacilitation,
    [Display(Name = "党支部活动")] PartyBranch,
    [Display(Name = "机关办公会议")] OfficeMeeting,
    [Display(Name = "其他")] Other,
}

/// <summary>Who is expected: everyone on the list (leave needed), the invited who may decline, or whoever signs up.</summary>
public enum AttendanceMode
{
    [Display(Name = "应到（须请假）")] Mandatory,
    [Display(Name = "邀请参加")] Invited,
    [Display(Name = "自愿报名")] SignUp,
}

public static class ActivityTypes
{
    /// <summary>Meetings whose leave the chair approves (domain.md §3.6: plenary and standing committee).</summary>
    public static bool ChairApprovesLeave(ActivityType t) =>
        t is ActivityType.Plenary or ActivityType.StandingCommittee or ActivityType.StandingDeliberation or ActivityType.ChairsCouncil;
}
