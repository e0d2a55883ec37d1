using Xieshang.Platform.Workflow;
using static Xieshang.Opinions.OpinionState;

namespace Xieshang.Opinions;

/// <summary>The district workflow of a public-opinion item (domain.md §3.3), as one table.</summary>
public static class OpinionFlow
{
    static readonly Platform.Auth.Permission Submit = OpinionPermissions.Submit, Edit = OpinionPermissions.Edit, Sign = OpinionPermissions.Sign;

    static readonly Condition<OpinionItem> Owner = new("仅撰写人本人", (i, ctx) => ctx.UserId == i.OwnerUserId);

    // Staff do not screen or sign off an item they reflected themselves.
    static readonly Condition<OpinionItem> NotOwn = new("不能审核或签发本人反映的信息",
        (i, ctx) => ctx.UserId is { } u && u != i.OwnerUserId && !i.ReporterUsers.Contains(u));

    // A lower committee's item is adopted or retained, never sent back: its writer works in another committee.
    static readonly Condition<OpinionItem> Returnable = new("不能退回本人反映的或下级政协报送的信息",
        (i, ctx) => NotOwn.Allows(i, ctx) && i.ReceivedFromItemId == null);

    // 转送有关部门 is the national committee's decision on what it received, instead of carrying it in its own bulletin.
    static readonly Condition<OpinionItem> Forwardable = new("仅全国政协可将下级政协报送的信息转送国家有关部门",
        (i, ctx) => NotOwn.Allows(i, ctx) && i.ReceivedFromItemId != null && i.HeldAt == Platform.Tenancy.CommitteeLevel.National);

    public static readonly Workflow<OpinionItem, OpinionState> Flow = new("opinion", "社情民意信息", Draft,
        new Dictionary<OpinionState, string>
        {
            [Draft] = "草稿", [Submitted] = "待审核", [Returned] = "退回修改", [Retained] = "留存", [Editing] = "编辑中",
            [Edited] = "待签发", [Signed] = "已签发", [Published] = "已编发", [Forwarded] = "已转送有关部门",
        },
        [
            new(Draft, "submit", "报送", Submitted, Submit, Deadline.WorkingDays(5), Owner),
            new(Returned, "submit", "修改后重新报送", Submitted, Submit, Deadline.WorkingDays(5), Owner),
            new(Submitted, "accept", "采用，进入编辑", Editing, Edit, null, NotOwn),
            new(Submitted, "retain", "留存", Retained, Edit, null, NotOwn),
            new(Submitted, "return", "退回修改", Returned, Edit, null, Returnable),
            new(Retained, "accept", "重新采用，进入编辑", Editing, Edit, null, NotOwn),
            new(Submitted, "forward", "转送有关部门", Forwarded, Edit, null, Forwardable),
            new(Retained, "forward", "转送有关部门", Forwarded, Edit, null, Forwardable),
            // 核稿: the edited text goes to sign-off, which is due in three working days; it can be edited until signed.
            new(Editing, "edit", "完成编辑，送签发", Edited, Edit, Deadline.WorkingDays(3), NotOwn),
            new(Edited, "edit", "修改编辑稿", Edited, Edit, Deadline.WorkingDays(3), NotOwn),
            new(Edited, "sign", "签发", Signed, Sign, null, NotOwn),
            new(Edited, "send_back", "退回编辑", Editing, Sign, null, NotOwn),
            // 编发: published in an issue of the bulletin, alone or with others (through the bulletin's page).
            new(Signed, "publish", "编入《社情民意》", Published, Edit),
        ]);
}
