namespace Marquee.Readers.Passkeys;

/// <summary>What a passkey challenge was issued for: an answer to one never serves the other.</summary>
public enum PasskeyCeremony
{
    Register,
    SignIn,
}
