namespace Xieshang.Platform.Data;

/// <summary>
/// Every saved change to an entity of this type announces its topic for the entity's committee through
/// <see cref="CommitteeChanges"/> (after the commit), so that results kept on that topic are forgotten without each
/// handler having to remember to say so (ADR 0006).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ChangeTopicAttribute(string topic) : Attribute
{
    public string Topic { get; } = topic;
}
