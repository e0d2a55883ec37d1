using Microsoft.EntityFrameworkCore;
using Xieshang.Instructions;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

/// <summary>
/// A topic's results, once sent to the Party committee and the government, carry the leaders' instructions; the first
/// recorded moves the topic to 已批示 in the same save.
/// </summary>
public sealed class TopicInstructionTarget(XieshangDb db, WorkflowEngine engine) : IInstructionTarget
{
    public const string Name = "topic";
    public string Type => Name;
    public string Label => "协商议题";
    public string Link(Guid id) => $"/plans/topics/{id}";

    public async Task<Result<string>> TitleAsync(Guid id, CancellationToken ct)
    {
        var topic = await db.Set<ConsultationTopic>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (topic == null) return new NotFound("该议题不存在。");
        return topic.State >= TopicState.SubmittedToLeaders ? topic.Title : new Conflict("议题成果报送党委政府后才能登记领导批示。");
    }

    public async Task<Error?> InstructedAsync(Guid id, CancellationToken ct)
    {
        var topic = await db.Set<ConsultationTopic>().SingleAsync(t => t.Id == id, ct);
        if (topic.State != TopicState.SubmittedToLeaders) return null; // later instructions change nothing
        topic.InstructionRecorded = true;
        var applied = await engine.ApplyAsync(TopicFlow.Flow, topic, "instructed", null, ct);
        return applied.Ok ? null : applied.Error;
    }
}
