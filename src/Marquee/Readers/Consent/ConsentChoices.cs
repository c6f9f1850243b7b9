namespace Marquee.Readers.Consent;

/// <summary>What /js/consent.js posts after a decision: the policy version it answered and the purposes allowed.</summary>
public sealed record ConsentChoices(string? Version, bool Analytics, bool Advertising, bool GlobalPrivacyControl);
