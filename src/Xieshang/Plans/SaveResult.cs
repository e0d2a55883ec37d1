using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Plans;

/// <param name="Venue">For a speech: the plenary, e.g. 淮安市政协八届二次会议; <paramref name="VenueLevel"/> its committee's level.</param>
public sealed record ResultInput(int? Year, string? Kind, string? Title, string? Body, Guid? TopicId = null, string? Author = null, string? Venue = null,
    string? VenueLevel = null, string? Mode = null, int? Version = null);

/// <summary>The office records a result — a 建议案, a research report or a speech — and corrects it while it is a draft.</summary>
public sealed class SaveResult(XieshangDb db)
{
    public const int MaxBody = 20000;

    public async Task<Result<Guid>> HandleAsync(Guid? id, ResultInput input, CancellationToken ct = default)
    {
        var result = id is { } existing ? await db.Set<PlanResult>().SingleOrDefaultAsync(r => r.Id == existing, ct) : null;
        if (id != null && result == null) return new NotFound("该成果不存在。");
        if (result != null && input.Version is { } v && v != result.Version) return new Conflict("该成果已被他人修改，请刷新后再改。");
        if (result != null && result.State != ResultState.Draft) return new Conflict("成果已通过或报送，不能再改。");
        if (input.Year is not (>= 2000 and <= 2100) || input.Year is not { } year) return new Invalid("年度：2000 至 2100。");
        if (Codes.Parse<ResultKind>(input.Kind) is not { } kind) return new Invalid("类别：请选择建议案、调研报告或大会发言。");
        var title = input.Title?.Trim();
        if (title is not { Length: >= 4 and <= 100 }) return new Invalid("标题：4 至 100 个字。");
        var body = input.Body?.Trim();
        if (body is not { Length: >= 20 and <= MaxBody }) return new Invalid($"正文：20 至 {MaxBody:N0} 字。");
        if (input.TopicId is { } topic && !await db.Set<ConsultationTopic>().AnyAsync(t => t.Id == topic, ct)) return new Invalid("所属议题不存在。");
        var author = input.Author?.Trim();
        if (author?.Length > 100) return new Invalid("执笔人/发言人：不超过 100 字。");
        string? venue = null;
        CommitteeLevel? level = null;
        SpeechMode? mode = null;
        if (kind == ResultKind.Speech)
        {
            venue = input.Venue?.Trim();
            if (venue is not { Length: >= 4 and <= 100 }) return new Invalid("大会发言：请写明在哪次全会上发言（如“淮安市政协八届二次会议”）。");
            level = Codes.Parse<CommitteeLevel>(input.VenueLevel);
            if (level == null) return new Invalid("大会发言：请选择会议的层级。");
            mode = Codes.Parse<SpeechMode>(input.Mode);
            if (mode == null) return new Invalid("大会发言：请选择口头发言或书面发言。");
        }

        if (result == null)
        {
            result = new PlanResult { Title = title, Body = body, State = ResultState.Draft };
            db.Add(result);
        }
        (result.Year, result.Kind, result.Title, result.Body, result.TopicId, result.Author, result.Venue, result.VenueLevel, result.Mode) =
            (year, kind, title, body, input.TopicId, string.IsNullOrEmpty(author) ? null : author, venue, level, mode);
        db.Audit(id == null ? "result.create" : "result.update", id == null ? "登记协商成果" : "修改协商成果", result, $"{Web.Labels.Of(kind)}《{title}》");
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : result.Id;
    }
}
