namespace Marquee.Tests.Distribution;

/// <summary>What a WebSub publish ping said: its hub.mode and every hub.url.</summary>
public sealed record HubPing(string Mode, IReadOnlyList<string> Urls);
