using System.Net;
using System.Text.Json;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Grassroots;

/// <summary>码上议 pages: a citizen's phone from the poster to the tracking page, and the room staff's pages.</summary>
public sealed class GrassrootsPageTests : OwnAppTests
{
    [Fact]
    public async Task FromThePoster_ACitizenSubmits_GetsTheTrackingCode_AndStaffReceiveIt()
    {
        var staffPages = await app.PagesAs("staff");
        var rooms = await staffPages.GetPageAsync("/grassroots/rooms");
        var poster = rooms.QuerySelectorAll("a").First(a => a.TextContent == "打印").GetAttribute("href")!;
        var posterPage = await staffPages.GetPageAsync(poster);
        Assert.NotNull(posterPage.QuerySelector(".poster-qr svg"));
        var code = posterPage.QuerySelector(".poster-code")!.TextContent.Split('：')[1].Trim();

        var citizen = app.Anonymous();
        var room = await citizen.GetPageAsync($"/m/{code}");
        Assert.EndsWith("协商议事室", room.QuerySelector("h1")!.TextContent);
        var submitted = await TestApp.PostFormAsync(citizen, $"/m/{code}/new", "issue", new()
        {
            ["Input.Title"] = "桥头护栏松动", ["Input.Text"] = "河边小桥的护栏松动了，孩子上学经过很危险。", ["Input.Phone"] = "13700002222", ["Input.Website"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var tracking = await citizen.GetPageAsync(submitted.Headers.Location!.OriginalString);
        var trackingCode = tracking.QuerySelector(".tracking-code")!.TextContent.Trim();
        Assert.Equal(10, trackingCode.Length);
        Assert.DoesNotContain("13700002222", tracking.Body!.TextContent);

        // With a photo, as the phone's form sends it (multipart): the staff page lists it.
        var formPage = await citizen.GetStringAsync($"/m/{code}/new");
        var token = System.Text.RegularExpressions.Regex.Match(formPage, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("issue"), "_handler" },
            { new StringContent("排水沟堵塞"), "Input.Title" }, { new StringContent("下雨积水严重，见照片。"), "Input.Text" },
            { new ByteArrayContent(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")), "photos", "积水.png" },
        };
        var withPhoto = await citizen.PostAsync($"/m/{code}/new", multipart);
        Assert.Equal(HttpStatusCode.Redirect, withPhoto.StatusCode);

        var bad = await TestApp.PostFormAsync(citizen, $"/m/{code}/new", "issue", new() { ["Input.Title"] = "x", ["Input.Text"] = "太短" });
        Assert.Contains("标题", await bad.Content.ReadAsStringAsync());

        var queue = await staffPages.GetPageAsync("/grassroots/issues?state=SUBMITTED");
        var link = queue.QuerySelectorAll("tbody a").First(a => a.TextContent == "桥头护栏松动").GetAttribute("href")!;
        var received = await TestApp.PostFormAsync(staffPages, link, "receive", []);
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        var drain = queue.QuerySelectorAll("tbody a").First(a => a.TextContent == "排水沟堵塞").GetAttribute("href")!;
        Assert.Equal(["积水.png"], (await staffPages.GetPageAsync(drain)).QuerySelectorAll("#p-title + ul a").Select(a => a.TextContent));
        var lookup = await citizen.GetPageAsync($"/m/t?code={trackingCode.ToLower()}");
        Assert.Equal("已受理", lookup.QuerySelector(".badge")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/m/NOPE1234")).StatusCode);
    }
}
