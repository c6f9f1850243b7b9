using Marquee.Platform;

namespace Marquee.Distribution.WebSub;

public sealed class WebSubOptions : ICheckedOptions
{
    public const string Section = "Marquee:WebSub";

    /// <summary>The WebSub hub that feed readers subscribe through and that publishing pings; empty means no hub.</summary>
    public string Hub { get; set; } = "";

    /// <summary>The hub's URL as configured, or null when there is none.</summary>
    public string? HubUrl => string.IsNullOrWhiteSpace(Hub) ? null : Hub.Trim();

    /// <summary>A hub is an http(s) URL: anything else is refused at start rather than failing every ping.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Hub) || (Uri.TryCreate(Hub.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            ? null
            : $"Marquee:WebSub:Hub '{Hub}' is not an absolute http or https URL.";
}
