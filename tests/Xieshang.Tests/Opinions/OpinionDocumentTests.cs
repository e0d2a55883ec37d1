using System.Net;
using DocumentFormat.OpenXml.Packaging;
using MiniExcelLibs;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Opinions;

/// <summary>An issue of 《社情民意》 as a Word document in the official layout; the item list as .xlsx.</summary>
public sealed class OpinionDocumentTests(TestApp app)
{
    [Fact]
    public async Task ACompositeIssue_IsAWordDocument_AndTheListExportsToExcel()
    {
        var staff = await app.ApiAs("staff");
        var issues = System.Text.Json.JsonDocument.Parse(await staff.GetStringAsync("/api/v1/opinion-bulletins?year=2023")).RootElement;
        var composite = issues.EnumerateArray().First(b => b.GetProperty("kind").GetString() == "COMPOSITE");
        var response = await staff.GetAsync($"/api/v1/opinion-bulletins/{composite.GetProperty("id").GetGuid()}/bulletin.docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false))
        {
            var text = doc.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("社情民意", text);
            Assert.Contains($"2023年第 {composite.GetProperty("issueNo").GetInt32()} 期", text);
            Assert.Contains(composite.GetProperty("title").GetString()!, text);
            Assert.Contains("反映人：", text);
            Assert.Contains("方正小标宋简体", doc.MainDocumentPart.Document.OuterXml);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/opinion-bulletins/{Guid.NewGuid()}/bulletin.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAs("member01")).GetAsync($"/api/v1/opinion-bulletins/{composite.GetProperty("id").GetGuid()}/bulletin.docx")).StatusCode);

        var sheet = await staff.GetAsync("/api/v1/opinions/export?year=2023&state=PUBLISHED");
        var rows = (await new MemoryStream(await sheet.Content.ReadAsByteArrayAsync()).QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(100, rows.Count);
        Assert.Contains(rows, r => (string)r["标题"] == "勿让汉字注音符号失传");
    }
}
