using Xieshang.Instructions;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Opinions;

/// <summary>Leaders instruct on items a committee has carried in its bulletin (any adopted state, domain.md §3.3).</summary>
public sealed class OpinionInstructionTarget(XieshangDb db, RequestContext ctx) : IInstructionTarget
{
    public const string Name = "opinion";
    public string Type => Name;
    public string Label => "社情民意信息";
    public string Link(Guid id) => $"/opinions/{id}";

    public async Task<Result<string>> TitleAsync(Guid id, CancellationToken ct)
    {
        var item = await OpinionAccess.LoadAsync(db, ctx, id, ct);
        if (item == null) return new NotFound("该信息不存在，或您无权查看。");
        if (item.State != OpinionState.Published) return new Conflict("只有已编发（采用）的信息才能登记领导批示。");
        return item.EditedTitle ?? item.Title;
    }
}
