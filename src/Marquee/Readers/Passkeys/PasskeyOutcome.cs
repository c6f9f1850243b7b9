namespace Marquee.Readers.Passkeys;

/// <summary>A passkey answer's verdict: the reader it proves, or the sentence that says why it was refused.</summary>
public sealed record PasskeyOutcome(long? ReaderId, string? Refusal)
{
    public const string NoAnswer = "The browser sent no passkey. Try again and confirm on your device.";

    public const string NotWaiting = "That passkey request has expired or was already used. Start again.";

    public const string Foreign = "That passkey answer was not made for this site and this request, so it was refused. Use a passkey you added here, or sign in with an e-mailed code.";

    public const string Unknown = "That passkey is not on any account here (it may have been removed). Sign in with an e-mailed code instead.";

    public static PasskeyOutcome Proven(long readerId) => new(readerId, null);

    public static PasskeyOutcome Refused(string why) => new(null, why);
}
