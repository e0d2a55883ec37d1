using System.Text.Json.Serialization;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;

namespace Xieshang.Platform.Links;

/// <summary>
/// The record another one was made from (a 协商成果 that a proposal or an information item was converted from), for
/// the link back on the made record's page. The API shows its id, title and kind; the page links to it for readers
/// holding its permission.
/// </summary>
public sealed record RecordOrigin(Guid Id, string Title, string KindLabel,
    [property: JsonIgnore] string Label, [property: JsonIgnore] string Href, [property: JsonIgnore] Permission ReadPermission);

/// <summary>The kinds of record that others can be made from or into, by name, so that neither side names the other's types.</summary>
public static class RecordKinds
{
    public const string Proposal = "proposal";
    public const string Opinion = "opinion";
}

/// <summary>
/// Implemented by a module that makes records of other modules (Plans: 成果转化). The made record's module asks
/// every lookup, so it depends on none of them: a module above another never has to be known by the one below.
/// </summary>
public interface IOriginLookup
{
    Task<RecordOrigin?> OriginOfAsync(XieshangDb db, string recordKind, Guid id, CancellationToken ct);
}

public static class OriginLookups
{
    public static async Task<RecordOrigin?> OriginOfAsync(this IEnumerable<IOriginLookup> lookups, XieshangDb db, string recordKind,
        Guid id, CancellationToken ct)
    {
        foreach (var lookup in lookups)
            if (await lookup.OriginOfAsync(db, recordKind, id, ct) is { } origin) return origin;
        return null;
    }
}
