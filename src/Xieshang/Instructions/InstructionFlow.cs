using Xieshang.Platform.Workflow;
using static Xieshang.Instructions.InstructionState;

namespace Xieshang.Instructions;

/// <summary>跟踪问效: an instruction waits for the department's feedback, is closed when it is enough, or followed up again.</summary>
public static class InstructionFlow
{
    public static readonly Workflow<LeaderInstruction, InstructionState> Flow = new("instruction", "领导批示", Open,
        new Dictionary<InstructionState, string> { [Open] = "待反馈", [Answered] = "已反馈", [Closed] = "已办结" },
        [
            new(Open, "feedback", "登记反馈", Answered, InstructionPermissions.Record),
            new(Answered, "feedback", "补充反馈", Answered, InstructionPermissions.Record),
            new(Answered, "follow_up", "继续跟踪", Open, InstructionPermissions.Record),
            new(Answered, "close", "办结", Closed, InstructionPermissions.Record),
        ]);
}

public static class InstructionPermissions
{
    public static readonly Platform.Auth.Permission Read = new("instructions.read", "查看领导批示台账",
        Platform.Auth.Role.SystemAdmin, Platform.Auth.Role.CommitteeAdmin, Platform.Auth.Role.OfficeStaff, Platform.Auth.Role.Leader, Platform.Auth.Role.CommitteeDirector);

    public static readonly Platform.Auth.Permission Record = new("instructions.record", "登记领导批示及其反馈",
        Platform.Auth.Role.SystemAdmin, Platform.Auth.Role.CommitteeAdmin, Platform.Auth.Role.OfficeStaff);

    public static IEnumerable<Platform.Auth.Permission> All => [Read, Record];
}
