namespace Marquee.Newsroom.Sessions;

/// <summary>
/// One signed-in browser, kept server-side: the cookie carries only a random key, and the row under that key's
/// hash holds the authentication ticket. Signing out deletes the row, so a copy of the cookie stops working.
/// </summary>
public sealed class SignedInSession
{
    /// <summary>SHA-256 of the cookie's key, in hex: a database reader cannot rebuild a cookie from it.</summary>
    public required string Id { get; set; }

    public long UserId { get; set; }

    /// <summary>The serialized ASP.NET Core authentication ticket.</summary>
    public required byte[] Ticket { get; set; }

    public DateTime ExpiresAt { get; set; }
}
