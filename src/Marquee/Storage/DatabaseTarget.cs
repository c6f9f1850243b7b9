namespace Marquee.Storage;

/// <summary>Which database this process talks to, resolved once from configuration.</summary>
public sealed record DatabaseTarget(bool IsPostgres, string ConnectionString);
