using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Marquee.Readers.SignIn;

/// <summary>
/// Domains whose addresses may not have a reader account (decision 0083): the shipped disposable-mail lists
/// (DisposableDomains/SOURCES.md) and Marquee:Readers:BlockedDomains. The 121,570 exact domains are kept as sorted
/// 64-bit hashes (under 1 MB, where a string set would take several); the few that cover their subdomains, as strings.
/// </summary>
public sealed class BlockedDomains(IOptions<ReaderOptions> options)
{
    private static readonly Lazy<ulong[]> Exact = new(() => [.. Lines("Marquee.DisposableDomains").Select(HashOf).Order()]);

    private static readonly Lazy<FrozenSet<string>> Shipped = new(() => Lines("Marquee.DisposableSubdomains").ToFrozenSet(StringComparer.Ordinal));

    private readonly FrozenSet<string> _configured = options.Value.BlockedDomains.Select(d => d.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Why a normalised address may not sign up or in, or null. The same words for every address at the domain, known or not.</summary>
    public string? Problem(string email)
    {
        var domain = email[(email.LastIndexOf('@') + 1)..];
        return IsBlocked(domain)
            ? $"Addresses at {domain} cannot be used here: it gives out throwaway mailboxes, or this site does not take its mail. Use an address you keep."
            : null;
    }

    private bool IsBlocked(string domain)
    {
        if (Array.BinarySearch(Exact.Value, HashOf(domain)) >= 0)
        {
            return true;
        }

        // The domain itself, then each parent: "a.b.33mail.com", "b.33mail.com", "33mail.com".
        for (var rest = domain; rest.Length > 0; rest = rest.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? rest[(dot + 1)..] : "")
        {
            if (Shipped.Value.Contains(rest) || _configured.Contains(rest))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong HashOf(string domain) => BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(domain)));

    private static IEnumerable<string> Lines(string resource)
    {
        using var stream = typeof(BlockedDomains).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the embedded resource {resource} is missing from the build");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
