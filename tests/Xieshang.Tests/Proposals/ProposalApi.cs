using System.Net.Http.Json;
using System.Text.Json;

namespace Xieshang.Tests.Proposals;

/// <summary>The proposal API's step convention, for the tests.</summary>
static class ProposalApi
{
    public const string Api = "/api/v1/proposals";

    public static Task<HttpResponseMessage> Act(HttpClient client, Guid id, string action, object? body = null) =>
        client.PostAsJsonAsync($"{Api}/{id}/actions/{action}", body ?? new { });

    public static string State(JsonElement view) => view.GetProperty("workflow").GetProperty("state").GetString()!;
}
