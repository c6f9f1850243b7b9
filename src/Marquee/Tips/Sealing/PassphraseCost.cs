namespace Marquee.Tips.Sealing;

/// <summary>Argon2id's work factors, stored with each locked key so raising them later never locks anyone out.</summary>
public sealed record PassphraseCost(int Iterations, int MemoryKiB);
