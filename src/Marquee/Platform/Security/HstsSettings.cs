namespace Marquee.Platform.Security;

/// <summary>Strict-Transport-Security (RFC 6797) on HTTPS answers: how long browsers keep to HTTPS for this host.</summary>
public sealed class HstsSettings : ICheckedOptions
{
    public const string Section = "Marquee:Hsts";

    /// <summary>One year, what the HSTS preload list and Mozilla Observatory ask for; 0 tells browsers to forget the host.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(365);

    public string HeaderValue => $"max-age={(long)MaxAge.TotalSeconds}";

    public string? Problem() =>
        MaxAge < TimeSpan.Zero ? $"Marquee:Hsts:MaxAge '{MaxAge}' must be zero or more (such as 365.00:00:00)." : null;
}
