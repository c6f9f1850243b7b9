using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Marquee.Content.Previews;

/// <summary>
/// Links that show an unpublished article to someone without an account: the article id and an expiry,
/// signed and encrypted with the data-protection keys every node shares, so any node can check a link
/// and nobody can forge or stretch one.
/// </summary>
public sealed class PreviewLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan LongestLife = TimeSpan.FromDays(30);

    private readonly IDataProtector _protector = protection.CreateProtector("Marquee.Content.Previews.v1");

    public PreviewLink Create(long articleId, TimeSpan life)
    {
        if (life <= TimeSpan.Zero || life > LongestLife)
        {
            throw new ContentValidationException($"a preview link must last more than zero and at most {LongestLife.TotalDays:F0} days, not {life}");
        }

        var expires = clock.GetUtcNow() + life;
        var token = _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{articleId}:{expires.ToUnixTimeSeconds()}"));
        return new PreviewLink($"/preview/{token}", expires);
    }

    /// <summary>What a link grants: the article, or why not.</summary>
    public PreviewGrant Read(string token)
    {
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return PreviewGrant.Invalid;
        }

        var parts = payload.Split(':');
        var articleId = long.Parse(parts[0], CultureInfo.InvariantCulture);
        var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[1], CultureInfo.InvariantCulture));
        return expires <= clock.GetUtcNow() ? PreviewGrant.ExpiredAt(expires) : PreviewGrant.For(articleId, expires);
    }
}
