namespace Xieshang.Platform.Audit;

/// <summary>
/// Marks committee records whose changes are bookkeeping, not state changes people act on (outbox rows, read marks),
/// so a SaveChanges that touches only them needs no audit entry.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotAuditedAttribute : Attribute;
