using System.Net;
using DocumentFormat.OpenXml.Packaging;
using MiniExcelLibs;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Proposals;

/// <summary>The proposal form and the reply letter as Word documents in the official layout; lists as .xlsx.</summary>
public sealed class ProposalDocumentTests(TestApp app)
{
    [Fact]
    public async Task TheFormAndTheReplyLetter_AreWordDocuments_InTheOfficialLayout()
    {
        var staff = await app.ApiAs("staff");
        var closed = System.Text.Json.JsonDocument.Parse(await staff.GetStringAsync("/api/v1/proposals?year=2023&state=CLOSED")).RootElement.GetProperty("rows")[0];
        var id = closed.GetProperty("id").GetGuid();
        var view = System.Text.Json.JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/proposals/{id}")).RootElement;

        var form = await staff.GetAsync($"/api/v1/proposals/{id}/form.docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", form.Content.Headers.ContentType!.MediaType);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await form.Content.ReadAsByteArrayAsync()), false))
        {
            var text = doc.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("淮阴区政协提案", text);
            Assert.Contains(closed.GetProperty("title").GetString()!, text);
            Assert.Contains("三、建议", text);
            var xml = doc.MainDocumentPart.Document.OuterXml;
            Assert.Contains("方正小标宋简体", xml);
            Assert.Contains("仿宋_GB2312", xml);
            var margin = doc.MainDocumentPart.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.PageMargin>().Single();
            Assert.Equal(2098, margin.Top!.Value); // 37 mm
            Assert.Contains("PAGE", doc.MainDocumentPart.FooterParts.Single().Footer.InnerText);
        }

        var reply = view.GetProperty("replies")[0].GetProperty("id").GetGuid();
        var letter = await staff.GetAsync($"/api/v1/proposals/{id}/replies/{reply}/letter.docx");
        letter.EnsureSuccessStatusCode();
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await letter.Content.ReadAsByteArrayAsync()), false))
            Assert.Contains($"第 {closed.GetProperty("caseNo").GetInt32()} 号提案的答复", doc.MainDocumentPart!.Document.Body!.InnerText);

        // Only those who may see the proposal get its papers.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAs("member06")).GetAsync($"/api/v1/proposals/{Guid.NewGuid()}/form.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAs("qjp-staff")).GetAsync($"/api/v1/proposals/{id}/form.docx")).StatusCode);
    }

    [Fact]
    public async Task Lists_ExportAsSpreadsheets_WithTheirFilters()
    {
        var staff = await app.ApiAs("staff");
        var file = await staff.GetAsync("/api/v1/proposals/export?year=2023&type=COLLECTIVE");
        file.EnsureSuccessStatusCode();
        var rows = (await file.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(7, rows.Count);
        Assert.All(rows, r => Assert.Equal("集体提案", r["提案方式"]));
        var clues = (await (await staff.GetAsync("/api/v1/proposals/clues/export?year=2023&state=REFERRED_UP")).Content.ReadAsStreamAsync())
            .Query(useHeaderRow: true).ToList();
        Assert.Equal(11, clues.Count);
        (await staff.GetAsync("/api/v1/proposals/overdue/export")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAs("member06")).GetAsync("/api/v1/proposals/export?year=2023")).StatusCode);
    }
}
