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

    /// <summary>Screened, edited as submitted, signed off and carried alone in the committee's bulletin.</summary>
    public static async Task PublishAsync(HttpClient editor, HttpClient signer, Guid id)
    {
        var view = JsonDocument.Parse(await editor.GetStringAsync($"{Api}/{id}")).RootElement;
        foreach (var (client, action, body) in new (HttpClient, string, object)[]
                 {
                     (editor, "accept", new { }), (editor, "edit", new { editedTitle = view.GetProperty("title").GetString(), editedBody = view.GetProperty("body").GetString() }),
                     (signer, "sign", new { }),
                 })
            (await Act(client, id, action, body)).EnsureSuccessStatusCode();
        (await editor.PostAsJsonAsync("/api/v1/opinion-bulletins", new { itemIds = new[] { id }, kind = "SINGLE" })).EnsureSuccessStatusCode();
    }

    /// <summary>Written by a member, submitted, and published as <see cref="PublishAsync"/> does.</summary>
    public static async Task<Guid> PublishedAsync(HttpClient member, HttpClient editor, HttpClient signer, string title)
    {
        var created = await member.PostAsJsonAsync(Api, new { title, body = Body });
        created.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        (await Act(member, id, "submit")).EnsureSuccessStatusCode();
        await PublishAsync(editor, signer, id);
        return id;
    }

    public static IEnumerable<string?> Actions(JsonElement view) =>
        view.GetProperty("workflow").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString());
}
