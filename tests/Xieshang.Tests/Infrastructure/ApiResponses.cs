using System.Net;
using System.Text.Json;

namespace Xieshang.Tests.Infrastructure;

/// <summary>Reading the JSON API's answers in tests: the body of a success, the Chinese title of a refusal.</summary>
public static class ApiResponses
{
    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    /// <summary>The body of a 200 or 201 (or of exactly <paramref name="status"/>); otherwise the test fails showing the body.</summary>
    public static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode? status = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        var fine = status is { } s ? response.StatusCode == s : response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created;
        Assert.True(fine, $"{response.StatusCode}: {body}");
        return Json(body);
    }

    /// <summary>The ProblemDetails title of a refusal with exactly this status.</summary>
    public static async Task<string> Refused(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        return Json(body).GetProperty("title").GetString()!;
    }
}
