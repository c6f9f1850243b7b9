namespace Marquee.Platform.Jobs;

/// <summary>This node among those sharing a database: host, process and a fresh id per start.</summary>
public sealed class NodeIdentity
{
    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():n}";
}
