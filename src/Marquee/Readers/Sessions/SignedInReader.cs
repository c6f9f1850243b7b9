namespace Marquee.Readers.Sessions;

/// <summary>Who a reader cookie stands for, as one session read: the reader and the session itself.</summary>
public sealed record SignedInReader(long ReaderId, string Email, string DisplayName, string SessionId);
