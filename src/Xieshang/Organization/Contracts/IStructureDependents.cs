namespace Xieshang.Organization.Contracts;

/// <summary>
/// Another module's records that hang on a structure record (a village's consultation room …), so that deleting a
/// village or a town asks them first without the organization knowing the modules built on it.
/// </summary>
public interface IStructureDependents
{
    /// <summary>
    /// Why the record cannot go (in Chinese), or null: then whatever of this module goes with it has been removed from
    /// the context, to be saved with the deletion.
    /// </summary>
    Task<string?> ReleaseAsync(string kind, Guid id, CancellationToken ct);
}
