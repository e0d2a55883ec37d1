using MiniExcelLibs;

namespace Xieshang.Platform.Documents;

/// <summary>A list as an .xlsx sheet with Chinese column headers (the dictionaries' keys, in order).</summary>
public static class Spreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> ToXlsxAsync(IEnumerable<Dictionary<string, object?>> rows, string sheet, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows.ToList(), sheetName: sheet, cancellationToken: ct);
        return stream.ToArray();
    }
}
