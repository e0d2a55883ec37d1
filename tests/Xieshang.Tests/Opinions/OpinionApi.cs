using System.Net.Http.Json;
using System.Text.Json;

namespace Xieshang.Tests.Opinions;

/// <summary>The opinions API's step convention, for the tests.</summary>
static class OpinionApi
{
    public const string Api = "/api/v1/opinions";

    public const string Body = "部分老旧小区加装电梯推进缓慢，居民意见不一，资金分摊难以协调。建议出台分摊指导标准，简化审批流程，设立专项补贴。";

    public static Task<HttpResponseMessage> Act(HttpClient client, Guid id, string action, object? body = null) =>
        client.PostAsJsonAsync($"{Api}/{id}/actions/{action}", body ?? new { });

    public static string State(JsonElement view) => view.GetProperty("workflow").GetProperty("state").GetString()!;

    public static IEnumerable<string?> Actions(JsonElement view) =>
        view.GetProperty("workflow").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString());
}
