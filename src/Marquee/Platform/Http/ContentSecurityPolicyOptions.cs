namespace Marquee.Platform.Http;

/// <summary>
/// Sources (space-separated, CSP syntax: https://ads.example.com, https:) added to the public pages' policy,
/// so ads and embeds can be allowed by configuration. Scripts, styles and fetches in the newsroom stay 'self'.
/// </summary>
public sealed class ContentSecurityPolicyOptions : ICheckedOptions
{
    public const string Section = "Marquee:Security:ContentSecurityPolicy";

    /// <summary>Images on public pages and in the newsroom besides the site's own: a story's feature image or body may name any https host.</summary>
    public string ImageSources { get; set; } = "https:";

    public string ScriptSources { get; set; } = "";

    public string StyleSources { get; set; } = "";

    public string FrameSources { get; set; } = "";

    public string ConnectSources { get; set; } = "";

    public string? Problem()
    {
        foreach (var (name, sources) in new[] { ("ImageSources", ImageSources), ("ScriptSources", ScriptSources), ("StyleSources", StyleSources), ("FrameSources", FrameSources), ("ConnectSources", ConnectSources) })
        {
            // A ';' or ',' would end the directive and let a setting write another; quotes would allow keywords such as 'unsafe-inline'.
            if (sources.IndexOfAny([';', ',', '\'', '"', '\r', '\n']) >= 0)
            {
                return $"Marquee:Security:ContentSecurityPolicy:{name} '{sources}' must be sources separated by spaces (https://ads.example.com https:), without ; , or quotes.";
            }
        }

        return null;
    }
}
