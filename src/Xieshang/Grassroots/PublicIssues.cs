using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Grassroots;

/// <summary>What a citizen sends. <c>Website</c> is the spam trap: a field people never see and bots fill in.</summary>
public sealed record IssueSubmission(string? Title, string? Text, string? Location = null, string? ContactName = null, string? Phone = null,
    bool Anonymous = false, string? Website = null);

public sealed record SubmittedIssue(string TrackingCode);

public sealed record PublicRoom(string Code, string Name, string Township, string FirstConvener, string? ExecConvener, string Committee,
    bool IsOpen, IReadOnlyList<PublicIssueRow> Recent);

public sealed record PublicIssueRow(string TrackingCode, string Title, string State, string StateLabel, DateTime SubmittedAt, string? Result);

public sealed record PublicIssue(string TrackingCode, string Room, string Title, string Text, string State, string StateLabel,
    DateTime SubmittedAt, string? Result, string? RejectReason, string? TransferredTo, string? ResponsibleParty, DateOnly? MeasuresDue,
    string? Rating, bool CanRate, bool CanReopen, string Sender);

public sealed record RatingRequest(string? Rating);

/// <summary>
/// The 码上议 public side, without an account: a room's page, submitting an issue, following it by its tracking code,
/// rating the result. Each request finds its committee through the room or the issue and works inside it. Floods are
/// limited per sender (a daily-salted hash of the address, never the address) and per phone, counted in the database
/// so that the limits hold across web nodes.
/// </summary>
public sealed class PublicIssues(XieshangDb db, WorkflowEngine engine, TimeProvider clock, Platform.Files.FileUseCases files,
    Microsoft.Extensions.Caching.Memory.IMemoryCache cache, CommitteeChanges changes)
{
    public const int TrackingLength = 10;
    public const int MaxPerSenderPer10Minutes = 5, MaxPerSenderPerDay = 20, MaxPerPhonePerDay = 3;
    static readonly Regex Markup = new(@"<\s*/?\s*[a-zA-Z!][^>]*>", RegexOptions.Compiled);
    static readonly Regex Mobile = new(@"^1\d{10}$", RegexOptions.Compiled);
    const string CitizenActor = "群众（码上议）";

    async Task<ConsultationRoom?> RoomAsync(string? code, CancellationToken ct)
    {
        if (PublicCodes.Normalize(code, Rooms.CodeLength) is not { } c) return null;
        var room = await db.Set<ConsultationRoom>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(r => r.Code == c, ct);
        if (room != null) await EnterAsync(room.CommitteeId, ct);
        return room;
    }

    async Task EnterAsync(Guid committeeId, CancellationToken ct)
    {
        // Committee names hardly ever change: kept ten minutes, so that public pages do not ask for them every time.
        var name = await SharedCache.GetAsync(cache, ("committee-name", committeeId), TimeSpan.FromMinutes(10), () =>
            db.Set<Committee>().IgnoreQueryFilters().Where(x => x.Id == committeeId).Select(x => x.Name).SingleAsync(CancellationToken.None));
        db.Bind(RequestContext.System(committeeId, name));
    }

    /// <summary>What the public pages show is kept half a minute, and forgotten at any change to the committee's 码上议.</summary>
    public const string Changes = "grassroots";
    static readonly TimeSpan PublicTtl = TimeSpan.FromSeconds(30);

    public async Task<PublicRoom?> RoomPageAsync(string code, CancellationToken ct = default)
    {
        if (PublicCodes.Normalize(code, Rooms.CodeLength) is not { } c) return null;
        // A code never changes its room: which room and committee it names is kept for ten minutes.
        var key = await SharedCache.GetAsync(cache, ("room-code", c), TimeSpan.FromMinutes(10), async () =>
            await db.Set<ConsultationRoom>().IgnoreQueryFilters().AsNoTracking().Where(r => r.Code == c)
                .Select(r => new { r.Id, r.CommitteeId }).SingleOrDefaultAsync(CancellationToken.None));
        if (key == null) { cache.Remove(("room-code", c)); return null; } // a wrong code is not kept: guessing must not fill memory
        await EnterAsync(key.CommitteeId, ct);
        return await SharedCache.GetAsync(cache, ("room-page", key.Id), PublicTtl, () => LoadRoomPageAsync(c), changes.Token(Changes, key.CommitteeId));
    }

    async Task<PublicRoom?> LoadRoomPageAsync(string code)
    {
        var ct = CancellationToken.None;
        var room = await RoomAsync(code, ct);
        if (room == null) return null;
        var town = await db.Set<Organization.Township>().Where(t => t.Id == room.TownshipId).Select(t => t.Name).SingleAsync(ct);
        var exec = room.ExecConvenerId == null ? null : await db.Set<Organization.Membership>().Where(m => m.Id == room.ExecConvenerId)
            .Join(db.Set<Organization.Person>(), m => m.PersonId, p => p.Id, (m, p) => p.Name).SingleOrDefaultAsync(ct);
        // The room's recent results that are public: past moderation, with an outcome.
        var recent = await db.Set<CitizenIssue>().AsNoTracking()
            .Where(i => i.RoomId == room.Id && i.State != IssueState.Submitted && i.State != IssueState.Rejected)
            .OrderByDescending(i => i.SubmittedAt).Take(10)
            .Select(i => new { i.TrackingCode, i.Title, i.State, i.SubmittedAt, i.PublicResult }).ToListAsync(ct);
        return new PublicRoom(room.Code, room.Name, town, room.FirstConvener, exec, db.Request!.CommitteeName!, room.IsOpen,
            recent.Select(i => new PublicIssueRow(i.TrackingCode, Masking.Text(i.Title), Codes.Of(i.State), IssueFlow.Flow.LabelOf(i.State),
                i.SubmittedAt, i.PublicResult == null ? null : Masking.Text(i.PublicResult))).ToList());
    }

    public async Task<Result<SubmittedIssue>> SubmitAsync(string code, IssueSubmission input, string? remoteAddress, CancellationToken ct = default)
    {
        var room = await RoomAsync(code, ct);
        if (room == null || !room.IsOpen) return new NotFound("没有这个议事室，或它已停用。请确认二维码。");
        var title = input.Title?.Trim() ?? "";
        var text = input.Text?.Trim() ?? "";
        if (title.Length is < 2 or > 100) return new Invalid("标题：请用 2 至 100 个字概括您的问题。");
        if (text.Length is < 5 or > 2000) return new Invalid("内容：请写清楚情况和建议（5 至 2,000 字）。");
        var location = input.Location?.Trim();
        var name = input.ContactName?.Trim();
        var phone = input.Phone?.Trim().Replace(" ", "").Replace("-", "");
        if (location?.Length > 200) return new Invalid("位置：不超过 200 字。");
        if (name?.Length > 30) return new Invalid("称呼：不超过 30 字。");
        foreach (var field in new[] { title, text, location, name })
            if (field != null && Markup.IsMatch(field)) return new Invalid("内容里不能有网页代码（如 <script>），请只写文字。");
        if (phone is { Length: > 0 } && !Mobile.IsMatch(phone)) return new Invalid("手机号：请填写 11 位手机号，或不填。");
        if (string.IsNullOrEmpty(phone)) phone = null;
        if (input.Anonymous) (name, phone) = (null, null);

        var now = clock.GetUtcNow().UtcDateTime;
        var sender = SenderHash(remoteAddress, now);
        var issues = db.Set<CitizenIssue>().IgnoreQueryFilters();
        if (await issues.CountAsync(i => i.SenderHash == sender && i.SubmittedAt > now.AddMinutes(-10), ct) >= MaxPerSenderPer10Minutes
            || await issues.CountAsync(i => i.SenderHash == sender && i.SubmittedAt > now.AddDays(-1), ct) >= MaxPerSenderPerDay)
            return new TooMany("提交太频繁，请稍后再试。");
        if (phone != null && await issues.CountAsync(i => i.Phone == phone && i.SubmittedAt > now.AddDays(-1), ct) >= MaxPerPhonePerDay)
            return new TooMany($"同一手机号每天最多提交 {MaxPerPhonePerDay} 条，请明天再提。");
        // The trap: a bot gets an answer that looks like success, and nothing is stored.
        if (!string.IsNullOrEmpty(input.Website)) return new SubmittedIssue(PublicCodes.New(TrackingLength));

        var issue = new CitizenIssue
        {
            CommitteeId = room.CommitteeId, RoomId = room.Id, TrackingCode = PublicCodes.New(TrackingLength), Title = title, Text = text,
            Location = location, ContactName = name, Phone = phone, Anonymous = input.Anonymous, SubmittedAt = now, SenderHash = sender,
            State = IssueState.Submitted,
        };
        db.Add(issue);
        var entry = db.Audit("citizen-issue.submit", "群众提议", issue, $"经{room.Name}二维码提交");
        entry.ActorName = CitizenActor;
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return new SubmittedIssue(issue.TrackingCode);
    }

    async Task<CitizenIssue?> IssueAsync(string? trackingCode, CancellationToken ct)
    {
        if (PublicCodes.Normalize(trackingCode, TrackingLength) is not { } code) return null;
        var issue = await db.Set<CitizenIssue>().IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TrackingCode == code, ct);
        if (issue != null) await EnterAsync(issue.CommitteeId, ct);
        return issue;
    }

    public async Task<PublicIssue?> TrackAsync(string trackingCode, CancellationToken ct = default)
    {
        if (PublicCodes.Normalize(trackingCode, TrackingLength) is not { } code) return null;
        var committee = await SharedCache.GetAsync(cache, ("issue-committee", code), TimeSpan.FromMinutes(10), async () =>
            await db.Set<CitizenIssue>().IgnoreQueryFilters().Where(i => i.TrackingCode == code).Select(i => (Guid?)i.CommitteeId).SingleOrDefaultAsync(CancellationToken.None));
        if (committee is not { } committeeId) { cache.Remove(("issue-committee", code)); return null; }
        await EnterAsync(committeeId, ct);
        return await SharedCache.GetAsync(cache, ("issue-page", code), PublicTtl, () => LoadTrackAsync(code), changes.Token(Changes, committeeId));
    }

    async Task<PublicIssue?> LoadTrackAsync(string trackingCode)
    {
        var ct = CancellationToken.None;
        var i = await IssueAsync(trackingCode, ct);
        if (i == null) return null;
        var room = await db.Set<ConsultationRoom>().Where(r => r.Id == i.RoomId).Select(r => r.Name).SingleAsync(ct);
        return new PublicIssue(i.TrackingCode, room, Masking.Text(i.Title), Masking.Text(i.Text), Codes.Of(i.State), IssueFlow.Flow.LabelOf(i.State),
            i.SubmittedAt, i.PublicResult == null ? null : Masking.Text(i.PublicResult), i.RejectReason, i.TransferredTo, i.ResponsibleParty,
            i.MeasuresDue, i.Rating is { } r ? Web.Labels.Of(r) : null, i.State == IssueState.Published, i.State == IssueState.Published && !i.Reopened,
            i.Anonymous ? "匿名" : Masking.Name(i.ContactName));
    }

    /// <summary>
    /// The citizen's rating, once, after the result is published. "不满意" the first time sends the issue back to
    /// consultation; after that the rating closes it whatever it is.
    /// </summary>
    public async Task<Result<PublicIssue>> RateAsync(string trackingCode, RatingRequest request, CancellationToken ct = default)
    {
        var issue = await IssueAsync(trackingCode, ct);
        if (issue == null) return new NotFound("查询码不正确，请核对后再试。");
        if (Codes.Parse<Rating>(request.Rating) is not { } rating) return new Invalid("评价：请选择满意、基本满意或不满意。");
        if (issue.State == IssueState.Closed) return new Conflict("您已评价过，谢谢。");
        if (issue.State != IssueState.Published) return new Conflict("办理结果公示后才能评价。");
        var action = rating == Rating.NotSatisfied && !issue.Reopened ? "reopen" : "rate";
        var applied = await engine.ApplyAsync(IssueFlow.Flow, issue, action, $"评价：{Web.Labels.Of(rating)}", ct, onBehalfOf: CitizenActor);
        if (!applied.Ok) return applied.Error!;
        issue.Rating = rating;
        issue.RatedAt = clock.GetUtcNow().UtcDateTime;
        if (action == "reopen") issue.Reopened = true; else issue.ClosedAt = issue.RatedAt;
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(Changes, issue.CommitteeId);
        return (await TrackAsync(issue.TrackingCode, ct))!;
    }

    /// <summary>A photo for an issue just submitted (its tracking code proves it is the sender's): at most three, images only.</summary>
    public async Task<Result<Guid>> AddPhotoAsync(string trackingCode, string fileName, Stream content, long length, CancellationToken ct = default)
    {
        var issue = await IssueAsync(trackingCode, ct);
        if (issue == null) return new NotFound("查询码不正确，请核对后再试。");
        if (length > IssuePhotos.MaxBytes) return new Invalid($"照片不能超过 {IssuePhotos.MaxBytes / 1024 / 1024} MB。");
        if (clock.GetUtcNow().UtcDateTime - issue.SubmittedAt > IssuePhotos.Window) return new Conflict("提交半小时后不能再补充照片。");
        var uploaded = await files.UploadAsync(IssuePhotos.Type, issue.Id.ToString(), fileName, content, length, ct);
        if (!uploaded.Ok)
            return uploaded.Error is Forbidden ? new Conflict($"每条提议最多 {IssuePhotos.MaxPhotos} 张照片。") : uploaded.Error!;
        return uploaded.Value!.Id;
    }

    static string SenderHash(string? address, DateTime now) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"xieshang-sender:{now:yyyyMMdd}:{address ?? "unknown"}")));
}
