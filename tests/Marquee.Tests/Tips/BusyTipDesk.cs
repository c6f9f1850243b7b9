namespace Marquee.Tests.Tips;

/// <summary>A tip desk whose site-wide budget for tips without a proof of work is two a minute.</summary>
public sealed class BusyTipDesk() : TipDeskServer(unprovenPerMinute: 2);
