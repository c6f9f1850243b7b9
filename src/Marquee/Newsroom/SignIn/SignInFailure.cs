namespace Marquee.Newsroom.SignIn;

/// <summary>
/// Failed password sign-ins for one address from one client, counted together so that an attacker elsewhere
/// never locks the real person out. Rows whose last failure is older than the lockout time are deleted.
/// </summary>
public sealed class SignInFailure
{
    /// <summary>SHA-256 of the normalized email address, in hex: the same for known and unknown addresses, and no address is stored.</summary>
    public required string Account { get; set; }

    /// <summary>The client's IPv4 address, or its IPv6 /64 network (one household or server has a whole /64).</summary>
    public required string Client { get; set; }

    public int Failures { get; set; }

    public DateTime LastFailedAt { get; set; }
}
