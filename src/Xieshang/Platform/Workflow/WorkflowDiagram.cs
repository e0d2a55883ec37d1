using System.Globalization;
using System.Net;
using System.Text;

namespace Xieshang.Platform.Workflow;

/// <summary>
/// Draws a workflow's table as an SVG state diagram on the server (no script, no CDN): states in columns by their
/// distance from the initial state, forward transitions as straight arrows, backward ones as arcs below.
/// </summary>
public static class WorkflowDiagram
{
    const int BoxW = 132, BoxH = 40, ColW = 200, RowH = 84, Margin = 24;

    public static string Svg(IWorkflowDefinition flow)
    {
        var layer = Layers(flow);
        var columns = layer.GroupBy(kv => kv.Value).OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).OrderBy(Order(flow)).ToList());
        var pos = new Dictionary<string, (double X, double Y)>();
        foreach (var (col, states) in columns)
            for (var i = 0; i < states.Count; i++)
                pos[states[i]] = (Margin + col * ColW, Margin + 20 + i * RowH);
        var width = Margin * 2 + (columns.Count - 1) * ColW + BoxW;
        var rows = columns.Values.Max(c => c.Count);
        var height = Margin * 2 + 20 + (rows - 1) * RowH + BoxH + 90;
        var label = flow.States.ToDictionary(s => s.Code, s => s.Label);

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"workflow-diagram\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"wf-{flow.Name}-title\">");
        sb.Append($"<title id=\"wf-{Esc(flow.Name)}-title\">{Esc(flow.Label)}流程图（文字版见下表）</title>");
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#57606a\"/></marker></defs>");
        var arcs = 0;
        foreach (var t in flow.Rows)
        {
            if (!pos.TryGetValue(t.From, out var a) || !pos.TryGetValue(t.To, out var b)) continue;
            string path;
            double lx, ly;
            if (t.From == t.To)
            {
                path = F($"M{a.X + BoxW - 20},{a.Y} C{a.X + BoxW + 10},{a.Y - 34} {a.X + BoxW + 30},{a.Y + 10} {a.X + BoxW},{a.Y + 12}");
                (lx, ly) = (a.X + BoxW + 18, a.Y - 22);
            }
            else if (b.X > a.X)
            {
                var (x1, y1, x2, y2) = (a.X + BoxW, a.Y + BoxH / 2.0, b.X, b.Y + BoxH / 2.0);
                path = F($"M{x1},{y1} L{x2},{y2}");
                (lx, ly) = ((x1 + x2) / 2, (y1 + y2) / 2 - 6);
            }
            else
            {
                // Backward or same column: an arc under the boxes, each one a little deeper so labels do not collide.
                var depth = height - Margin - 10 - (arcs++ % 4) * 16;
                var (x1, x2) = (a.X + BoxW / 2.0, b.X + BoxW / 2.0 + 8);
                path = F($"M{x1},{a.Y + BoxH} C{x1},{depth} {x2},{depth} {x2},{b.Y + BoxH}");
                (lx, ly) = ((x1 + x2) / 2, depth - 4);
            }
            sb.Append(F($"<path d=\"{path}\" fill=\"none\" stroke=\"#57606a\" stroke-width=\"1.4\" marker-end=\"url(#arrow)\"/>"));
            sb.Append(F($"<text x=\"{lx}\" y=\"{ly}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1f2328\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{Esc(t.Label)}</text>"));
        }
        foreach (var (code, (x, y)) in pos)
        {
            var initial = code == flow.Initial;
            sb.Append(F($"<rect x=\"{x}\" y=\"{y}\" width=\"{BoxW}\" height=\"{BoxH}\" rx=\"6\" fill=\"{(initial ? "#fbeae9" : "#ffffff")}\" stroke=\"{(initial ? "#b4251d" : "#8c959f")}\" stroke-width=\"1.5\"/>"));
            sb.Append(F($"<text x=\"{x + BoxW / 2.0}\" y=\"{y + BoxH / 2.0 + 5}\" font-size=\"14\" text-anchor=\"middle\" fill=\"#1f2328\">{Esc(label[code])}</text>"));
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Column of each state: its distance from the initial state; unreachable states go last.</summary>
    static Dictionary<string, int> Layers(IWorkflowDefinition flow)
    {
        var layer = new Dictionary<string, int> { [flow.Initial] = 0 };
        var queue = new Queue<string>([flow.Initial]);
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            foreach (var t in flow.Rows.Where(r => r.From == s && !layer.ContainsKey(r.To)))
            {
                layer[t.To] = layer[s] + 1;
                queue.Enqueue(t.To);
            }
        }
        var last = layer.Values.Max() + 1;
        foreach (var (code, _) in flow.States.Where(st => !layer.ContainsKey(st.Code))) layer[code] = last;
        return layer;
    }

    static Func<string, int> Order(IWorkflowDefinition flow)
    {
        var index = flow.States.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => x.i);
        return code => index[code];
    }

    static string Esc(string s) => WebUtility.HtmlEncode(s);
    static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
