using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform.Data;
using Xieshang.Platform.Files;
using Xieshang.Platform.Tenancy;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

/// <summary>A record kind for tests: anyone in the committee may attach; "secret-" records are readable by staff only.</summary>
sealed class TestOwner : IFileOwner
{
    public string OwnerType => "TestRecord";
    public IReadOnlyList<FileType> Accepts => FileTypes.Documents;
    public Task<bool> CanAttachAsync(string ownerId, RequestContext ctx, CancellationToken ct) => Task.FromResult(ctx.IsAuthenticated);
    public Task<bool> CanReadAsync(string ownerId, RequestContext ctx, CancellationToken ct) =>
        Task.FromResult(!ownerId.StartsWith("secret-") || ctx.Roles.Any(r => Xieshang.Platform.Auth.Roles.Staff.Contains(r)));
}

public sealed class FileTests : IAsyncLifetime
{
    TestApp app = default!;
    static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    static readonly byte[] Exe = Encoding.ASCII.GetBytes("MZ\x90\0\x03\0\0\0This program cannot be run in DOS mode");

    public async ValueTask InitializeAsync()
    {
        app = new TestApp().With("Files:Root", Path.Combine(Path.GetTempPath(), $"xieshang-files-{Guid.NewGuid():N}"))
            .With("Files:MaxBytes", "4096").With("Jobs:Enabled", "false")
            .WithServices(s => s.AddSingleton<IFileOwner, TestOwner>());
        await app.InitializeAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    static MultipartFormDataContent Form(string ownerId, byte[] bytes, string name, string ownerType = "TestRecord")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf"); // what the client claims does not matter
        return new MultipartFormDataContent { { new StringContent(ownerType), "ownerType" }, { new StringContent(ownerId), "ownerId" }, { file, "file", name } };
    }

    static async Task<string> Title(HttpResponseMessage r) =>
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString()!;

    async Task<int> FileCount()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<StoredFile>().IgnoreQueryFilters().CountAsync();
    }

    [Fact]
    public async Task Upload_APdf_ThenDownloadTheSameBytes_WithItsRealType()
    {
        var client = await app.ApiAs("member01");
        var created = await client.PostAsync("/api/v1/files", Form("rec-1", Pdf, "调研报告.pdf"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var download = await client.GetAsync($"/api/v1/files/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("调研报告.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task Upload_AProgramNamedPdf_IsRefusedAndNothingIsStored()
    {
        var before = await FileCount();
        var client = await app.ApiAs("member01");
        var r = await client.PostAsync("/api/v1/files", Form("rec-2", Exe, "报告.pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.StartsWith("不支持的文件类型", await Title(r));
        Assert.Equal(before, await FileCount());
    }

    [Fact]
    public async Task Upload_AnImageNamedPdf_IsRefusedAsMismatched()
    {
        var client = await app.ApiAs("member01");
        var r = await client.PostAsync("/api/v1/files", Form("rec-3", Png, "报告.pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("文件内容（PNG 图片）与扩展名“.pdf”不符。", await Title(r));
    }

    [Fact]
    public async Task Upload_OverTheLimit_IsRefusedInChinese()
    {
        var big = new byte[5000];
        Pdf.CopyTo(big, 0);
        var client = await app.ApiAs("member01");
        var r = await client.PostAsync("/api/v1/files", Form("rec-4", big, "大文件.pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("文件过大：不能超过 4 KB。", await Title(r));
    }

    [Fact]
    public async Task Upload_ToAnUnknownKindOfRecord_IsForbidden()
    {
        var client = await app.ApiAs("member01");
        var r = await client.PostAsync("/api/v1/files", Form("x", Pdf, "a.pdf", ownerType: "Nothing"));
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
    }

    [Fact]
    public async Task Upload_ARealDocx_IsAccepted_AndAZipThatIsNotOne_IsNot()
    {
        static byte[] Zip(params string[] entries)
        {
            using var ms = new MemoryStream();
            using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var e in entries)
                    using (var w = new StreamWriter(zip.CreateEntry(e).Open())) w.Write("<x/>");
            return ms.ToArray();
        }
        var client = await app.ApiAs("member01");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/v1/files", Form("rec-5", Zip("[Content_Types].xml", "word/document.xml"), "提案.docx"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/files", Form("rec-5", Zip("readme.txt"), "提案.docx"))).StatusCode);
    }

    [Fact]
    public async Task Download_IsOnlyForThoseWhoMaySeeTheRecord()
    {
        var staff = await app.ApiAs("staff");
        var created = await staff.PostAsync("/api/v1/files", Form("secret-1", Pdf, "内部.pdf"));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/files/{id}")).StatusCode);

        var member = await app.ApiAs("member02");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/v1/files/{id}")).StatusCode);
        var otherCommittee = await app.ApiAs("qjp-staff");
        Assert.Equal(HttpStatusCode.NotFound, (await otherCommittee.GetAsync($"/api/v1/files/{id}")).StatusCode);
        var anonymous = await app.Anonymous().GetAsync($"/files/{id}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task PageUpload_ByForm_FlashesAndComesBack()
    {
        var client = await app.PagesAs("member03");
        var page = await client.GetStringAsync("/inbox");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = Form("rec-6", Pdf, "会议纪要.pdf");
        form.Add(new StringContent("/inbox"), "returnUrl");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var r = await client.PostAsync("/files/upload", form);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/inbox", r.Headers.Location!.OriginalString);
        var after = await client.GetPageAsync("/inbox");
        Assert.Equal("已上传“会议纪要.pdf”。", after.QuerySelector(".flash")!.TextContent);
    }
}
