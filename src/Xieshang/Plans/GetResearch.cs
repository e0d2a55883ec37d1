using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

public sealed record ResearchRow(Guid Id, int Year, string Title, Guid? TopicId, string? Topic, int Members, string? Drafter, int Steps, int Drafts, Guid? ResultId,
    WorkflowView Workflow);

public sealed record ResearchMemberView(Guid MembershipId, string MemberNo, string Name, bool IsDrafter);

public sealed record StepView(Guid Id, string Kind, string KindLabel, DateOnly On, string Summary, string? BriefedBy, Guid? ActivityId, string? Activity);

public sealed record DraftView(Guid Id, int Number, string Text, string EnteredBy, DateTime EnteredAt);

public sealed record ResearchView(ResearchRow Task, string? Plan, IReadOnlyList<ResearchMemberView> Members, IReadOnlyList<StepView> Steps, IReadOnlyList<DraftView> Drafts);

/// <summary>A year's research tasks, and one with its group, steps (linked activities) and drafts.</summary>
public sealed class GetResearch(XieshangDb db, WorkflowEngine engine)
{
    public Task<List<ResearchRow>> YearAsync(int year, CancellationToken ct = default) => RowsAsync(db.Set<ResearchTask>().Where(t => t.Year == year), ct);

    public async Task<ResearchView?> OneAsync(Guid id, CancellationToken ct = default)
    {
        var row = (await RowsAsync(db.Set<ResearchTask>().Where(t => t.Id == id), ct)).SingleOrDefault();
        if (row == null) return null;
        var task = await db.Set<ResearchTask>().AsNoTracking().SingleAsync(t => t.Id == id, ct);
        var members = await (from rm in db.Set<ResearchMember>().AsNoTracking()
                             where rm.TaskId == id
                             join m in db.Set<Membership>() on rm.MembershipId equals m.Id
                             join p in db.Set<Person>() on m.PersonId equals p.Id
                             orderby m.MemberNo
                             select new ResearchMemberView(m.Id, m.MemberNo, p.Name, m.Id == task.DrafterId)).ToListAsync(ct);
        var steps = (await (from s in db.Set<ResearchStep>().AsNoTracking()
                            where s.TaskId == id
                            join a in db.Set<Meetings.Activity>() on s.ActivityId equals a.Id into activities
                            from a in activities.DefaultIfEmpty()
                            orderby s.On, s.Id
                            select new { s, Activity = a != null ? a.Title : null }).ToListAsync(ct))
            .Select(x => new StepView(x.s.Id, Codes.Of(x.s.Kind), Web.Labels.Of(x.s.Kind), x.s.On, x.s.Summary, x.s.BriefedBy, x.s.ActivityId, x.Activity)).ToList();
        var drafts = await db.Set<ResearchDraft>().AsNoTracking().Where(d => d.TaskId == id).OrderByDescending(d => d.Number)
            .Select(d => new DraftView(d.Id, d.Number, d.Text, d.EnteredBy, d.EnteredAt)).ToListAsync(ct);
        return new ResearchView(row, task.Plan, members, steps, drafts);
    }

    async Task<List<ResearchRow>> RowsAsync(IQueryable<ResearchTask> tasks, CancellationToken ct)
    {
        var rows = await (from t in tasks.AsNoTracking()
                          join topic in db.Set<ConsultationTopic>() on t.TopicId equals topic.Id into topics
                          from topic in topics.DefaultIfEmpty()
                          orderby t.Year, t.Title, t.Id
                          select new
                          {
                              t, Topic = topic != null ? topic.Title : null,
                              Members = db.Set<ResearchMember>().Count(m => m.TaskId == t.Id),
                              Drafter = (from m in db.Set<Membership>() where m.Id == t.DrafterId join p in db.Set<Person>() on m.PersonId equals p.Id select p.Name).FirstOrDefault(),
                              Steps = db.Set<ResearchStep>().Count(s => s.TaskId == t.Id),
                              Drafts = db.Set<ResearchDraft>().Count(d => d.TaskId == t.Id),
                          }).ToListAsync(ct);
        return rows.Select(x => new ResearchRow(x.t.Id, x.t.Year, x.t.Title, x.t.TopicId, x.Topic, x.Members, x.Drafter, x.Steps, x.Drafts, x.t.ResultId,
            engine.View(ResearchFlow.Flow, x.t))).ToList();
    }
}
