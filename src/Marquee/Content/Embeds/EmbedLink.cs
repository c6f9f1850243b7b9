namespace Marquee.Content.Embeds;

/// <summary>A post or video on a provider Marquee knows: who shows it, the page a reader can open, and what a link to it says.</summary>
public sealed record EmbedLink(string Provider, string ProviderName, Uri Page, string Label);
