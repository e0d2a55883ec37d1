namespace Xieshang.Platform.Data;

/// <summary>
/// Every saved change to an entity of this type announces its topic for the entity's committee through
/// <see cref="CommitteeChanges"/> (after the commit), so that results kept on that topic are forgotten without each
/// handler having to remember to say so (ADR 0006).
/// </summary>
/// <seealso cref="IChangesElsewhere"/>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ChangeTopicAttribute(string topic) : Attribute
{
    public string Topic { get; } = topic;
}

/// <summary>
/// A record whose change also matters to another committee than its own (a report up the chain counts in the
/// statistics of the committee where the item began): its topic is announced for those committees too.
/// </summary>
public interface IChangesElsewhere
{
    IEnumerable<Guid> AlsoFor { get; }
}
