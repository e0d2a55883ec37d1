using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Xieshang.Platform.Documents;

/// <summary>
/// A Word document in the official layout (GB/T 9704-2012, ui.md): A4 with 37/35/28/26 mm margins, the title in
/// 方正小标宋简体 22 pt, the body in 仿宋_GB2312 16 pt on a fixed 28.95 pt line (22 lines a page), headings in 黑体 and
/// 楷体_GB2312, page numbers “— 1 —” at the foot. The fonts are named with fallbacks; the reader's Word supplies them.
/// </summary>
public sealed class OfficialDocument
{
    const string TitleFont = "方正小标宋简体", BodyFont = "仿宋_GB2312", Heading1Font = "黑体", Heading2Font = "楷体_GB2312";
    readonly List<OpenXmlElement> body = [];

    static RunProperties Font(string font, int halfPoints, bool bold = false, string fallback = "仿宋") => new(
        new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = fallback, Hint = FontTypeHintValues.EastAsia },
        bold ? new Bold() : new Bold { Val = false }, new FontSize { Val = halfPoints.ToString() }, new FontSizeComplexScript { Val = halfPoints.ToString() });

    static Paragraph Line(string text, RunProperties font, JustificationValues align, bool indent, int spacingTwips = 579)
    {
        var props = new ParagraphProperties(new SpacingBetweenLines { Line = spacingTwips.ToString(), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            new Justification { Val = align });
        // First line indented by two characters of 16 pt.
        if (indent) props.Append(new Indentation { FirstLine = "640" });
        return new Paragraph(props, new Run(font, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    public OfficialDocument Title(string text)
    {
        body.Add(Line(text, Font(TitleFont, 44, fallback: "宋体"), JustificationValues.Center, false, 700));
        body.Add(Line("", Font(BodyFont, 32), JustificationValues.Left, false));
        return this;
    }

    public OfficialDocument Centered(string text)
    {
        body.Add(Line(text, Font(BodyFont, 32), JustificationValues.Center, false));
        return this;
    }

    public OfficialDocument Heading1(string text)
    {
        body.Add(Line(text, Font(Heading1Font, 32, fallback: "黑体"), JustificationValues.Left, true));
        return this;
    }

    public OfficialDocument Heading2(string text)
    {
        body.Add(Line(text, Font(Heading2Font, 32, fallback: "楷体"), JustificationValues.Left, true));
        return this;
    }

    /// <summary>Body text; each line of the text is a paragraph, first line indented.</summary>
    public OfficialDocument Text(string text, bool indent = true)
    {
        foreach (var line in text.Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            body.Add(Line(line.Trim(), Font(BodyFont, 32), JustificationValues.Both, indent));
        return this;
    }

    public OfficialDocument Right(string text)
    {
        body.Add(Line(text, Font(BodyFont, 32), JustificationValues.Right, false));
        return this;
    }

    /// <summary>A two-column form (label, value), as on a proposal form.</summary>
    public OfficialDocument Form(IEnumerable<(string Label, string Value)> rows)
    {
        var border = new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 6 }, new BottomBorder { Val = BorderValues.Single, Size = 6 },
            new LeftBorder { Val = BorderValues.Single, Size = 6 }, new RightBorder { Val = BorderValues.Single, Size = 6 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 6 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 6 });
        var table = new Table(new TableProperties(border, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        foreach (var (label, value) in rows)
            table.Append(new TableRow(
                new TableCell(new TableCellProperties(new TableCellWidth { Width = "1400", Type = TableWidthUnitValues.Pct }),
                    Line(label, Font(Heading1Font, 28, fallback: "黑体"), JustificationValues.Center, false, 480)),
                new TableCell(Line(value, Font(BodyFont, 28), JustificationValues.Left, false, 480))));
        body.Add(table);
        body.Add(Line("", Font(BodyFont, 32), JustificationValues.Left, false));
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var footer = main.AddNewPart<FooterPart>();
            var footerId = main.GetIdOfPart(footer);
            // “— 1 —”: the page number field between em dashes, 4号 (14 pt), centred.
            footer.Footer = new Footer(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new Run(Font("宋体", 28, fallback: "宋体"), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(Font("宋体", 28, fallback: "宋体"), new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(Font("宋体", 28, fallback: "宋体"), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(Font("宋体", 28, fallback: "宋体"), new FieldChar { FieldCharType = FieldCharValues.End }),
                new Run(Font("宋体", 28, fallback: "宋体"), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
            // A4 (11906 × 16838 twips); margins 37/35/28/26 mm.
            var section = new SectionProperties(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U },
                new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = 579, CharacterSpace = 0 });
            main.Document = new Document(new Body([.. body.Select(e => e.CloneNode(true)), section]));
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
