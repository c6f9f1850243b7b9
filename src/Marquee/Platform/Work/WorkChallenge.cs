namespace Marquee.Platform.Work;

/// <summary>What a browser is asked: find a nonce so that SHA-256 of "{Challenge}:{nonce}" starts with <see cref="Bits"/> zero bits.</summary>
public sealed record WorkChallenge(string Challenge, int Bits);
