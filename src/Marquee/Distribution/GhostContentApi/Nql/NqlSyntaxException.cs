namespace Marquee.Distribution.GhostContentApi.Nql;

/// <summary>A filter that cannot be parsed or does not fit the resource; the message says where and why.</summary>
public sealed class NqlSyntaxException(string message) : Exception(message);
