using System.IO.Compression;

namespace Xieshang.Platform.Files;

public sealed record FileType(string Code, string ContentType, string Label, string[] Extensions);

/// <summary>
/// Recognises a file by its first bytes (and, for Office files, by what the zip holds), so that a renamed program or
/// a disguised document is refused whatever its name and claimed type say.
/// </summary>
public static class FileTypes
{
    public static readonly FileType Pdf = new("pdf", "application/pdf", "PDF 文档", [".pdf"]);
    public static readonly FileType Png = new("png", "image/png", "PNG 图片", [".png"]);
    public static readonly FileType Jpeg = new("jpeg", "image/jpeg", "JPEG 图片", [".jpg", ".jpeg"]);
    public static readonly FileType Gif = new("gif", "image/gif", "GIF 图片", [".gif"]);
    public static readonly FileType Webp = new("webp", "image/webp", "WebP 图片", [".webp"]);
    public static readonly FileType Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档", [".docx"]);
    public static readonly FileType Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格", [".xlsx"]);
    public static readonly FileType Doc = new("doc", "application/msword", "Word 97-2003 文档", [".doc"]);
    public static readonly FileType Xls = new("xls", "application/vnd.ms-excel", "Excel 97-2003 表格", [".xls"]);

    public static readonly FileType[] Documents = [Pdf, Docx, Xlsx, Doc, Xls, Png, Jpeg, Gif, Webp];
    public static readonly FileType[] Images = [Png, Jpeg, Gif, Webp];

    /// <summary>The type of the content, or null when it is none we accept. The stream is rewound.</summary>
    public static FileType? Detect(Stream content)
    {
        var head = new byte[16];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var h = head.AsSpan(0, read);
        if (h.StartsWith("%PDF-"u8)) return Pdf;
        if (h.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (h.StartsWith((byte[])[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8)) return Gif;
        if (h.Length >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8)) return Webp;
        // Old binary Office files share one container; ResolveOle tells Word from Excel by the name.
        if (h.StartsWith((byte[])[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return Doc;
        if (h.StartsWith((byte[])[0x50, 0x4B, 0x03, 0x04])) return OfficeZip(content);
        return null;
    }

    static FileType? OfficeZip(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet();
            if (!names.Contains("[Content_Types].xml")) return null;
            if (names.Contains("word/document.xml")) return Docx;
            if (names.Contains("xl/workbook.xml")) return Xlsx;
            return null;
        }
        catch (InvalidDataException) { return null; }
        finally { content.Position = 0; }
    }

    public static bool NameMatches(FileType type, string fileName)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (type == Doc || type == Xls) return ext is ".doc" or ".xls";
        return type.Extensions.Contains(ext);
    }

    public static FileType ResolveOle(FileType detected, string fileName) =>
        detected == Doc && Path.GetExtension(fileName).Equals(".xls", StringComparison.OrdinalIgnoreCase) ? Xls : detected;
}
