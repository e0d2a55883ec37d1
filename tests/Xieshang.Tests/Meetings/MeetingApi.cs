using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Meetings;
using Xieshang.Platform.Data;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Meetings;

/// <summary>What the meetings tests do over and over: make an activity, put members on it, read JSON.</summary>
static class MeetingApi
{
    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    public static async Task<JsonElement> GetJson(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return Json(body);
    }

    public static async Task<JsonElement> PostJson(HttpClient client, string url, object? body = null)
    {
        var response = await client.PostAsJsonAsync(url, body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : Json(text);
    }

    /// <summary>The problem title of a refused call, after checking its status.</summary>
    public static async Task<string> Refused(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {text}");
        return Json(text).GetProperty("title").GetString()!;
    }

    /// <summary>Beijing time today (the test clock's 2026-11-25) at the given hour, as the API takes it.</summary>
    public static string Today(int hour, int minute = 0) => $"2026-11-25T{hour:00}:{minute:00}:00+08:00";

    public static async Task<Guid> CreateAsync(HttpClient staff, string type, string title, string starts, string ends, string? attendance = null,
        string? checkInFrom = null)
    {
        var created = await PostJson(staff, "/api/v1/activities", new { type, title, startsAt = starts, endsAt = ends, place = "区政协三楼会议室", attendance, checkInFrom });
        return created.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> SeatAsync(TestApp app, string memberNo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        return await db.Set<Xieshang.Organization.Membership>().IgnoreQueryFilters().Where(m => m.MemberNo == memberNo).Select(m => m.Id).SingleAsync();
    }

    /// <summary>Created, members listed, submitted by staff and approved by the chair (the `leader` account): published.</summary>
    public static async Task<Guid> PublishedAsync(TestApp app, string type, string title, string starts, string ends, string[] memberNos,
        string? attendance = null, string? checkInFrom = null)
    {
        var staff = await app.ApiAs("staff");
        var id = await CreateAsync(staff, type, title, starts, ends, attendance, checkInFrom);
        var seats = new List<Guid>();
        foreach (var no in memberNos) seats.Add(await SeatAsync(app, no));
        if (seats.Count > 0) await PostJson(staff, $"/api/v1/activities/{id}/invitations", new { audience = "MEMBERS", membershipIds = seats });
        await PostJson(staff, $"/api/v1/activities/{id}/actions/submit");
        await PostJson(await app.ApiAs("leader"), $"/api/v1/activities/{id}/actions/approve");
        return id;
    }

    public static async Task<string> CodeAsync(HttpClient staff, Guid id) =>
        (await GetJson(staff, $"/api/v1/activities/{id}/check-in-code")).GetProperty("code").GetString()!;

    public static async Task<Activity> LoadAsync(TestApp app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<Activity>().IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id);
    }

    public static async Task<Dictionary<string, JsonElement>> SheetAsync(HttpClient staff, Guid id) =>
        (await GetJson(staff, $"/api/v1/activities/{id}/participants")).EnumerateArray()
            .ToDictionary(r => r.GetProperty("memberNo").GetString()!, r => r);
}
