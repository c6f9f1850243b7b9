namespace Marquee.Readers.SignIn;

/// <summary>What became of a typed code or an opened link: the address it proved, or why it proved nothing.</summary>
public sealed record CodeOutcome(string? ProvenEmail, string? Refusal)
{
    public static CodeOutcome Proven(string email) => new(email, null);

    public static CodeOutcome Refused(string refusal) => new(null, refusal);

    public const string Dead = "That code has expired or was already used. Ask for a new one.";

    public const string LockedOut = "Too many wrong codes: this one no longer works. Ask for a new one.";
}
