using Microsoft.EntityFrameworkCore;
using Xieshang.Instructions;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Plans;

/// <summary>
/// A result sent up (or a speech given) carries leaders' instructions; the first on a result of a topic waiting on the
/// leaders moves that topic to 已批示 as an instruction on the topic itself would.
/// </summary>
public sealed class ResultInstructionTarget(XieshangDb db, TopicInstructionTarget topics) : IInstructionTarget
{
    public const string Name = "result";
    public string Type => Name;
    public string Label => "协商成果";
    public string Link(Guid id) => $"/plans/results/{id}";

    public async Task<Result<string>> TitleAsync(Guid id, CancellationToken ct)
    {
        var result = await db.Set<PlanResult>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (result == null) return new NotFound("该成果不存在。");
        return result.State is ResultState.Sent or ResultState.Delivered ? result.Title : new Conflict("成果报送或在大会交流后才能登记领导批示。");
    }

    public async Task<Error?> InstructedAsync(Guid id, CancellationToken ct)
    {
        var topic = await db.Set<PlanResult>().Where(r => r.Id == id).Select(r => r.TopicId).SingleAsync(ct);
        return topic is { } t ? await topics.InstructedAsync(t, ct) : null;
    }
}
