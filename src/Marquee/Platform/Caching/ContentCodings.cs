using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;

namespace Marquee.Platform.Caching;

/// <summary>The content codings a response is stored and sent in; their order is the preference among equal q-values.</summary>
public enum ContentCoding
{
    Brotli,
    Gzip,
    Identity,
}

/// <summary>
/// Which coding a request accepts best (RFC 9110 §12.5.3): the highest q-value, br before gzip before identity among
/// equals; "*" stands for any coding not named; q=0 refuses one; identity, when not named, is acceptable (last) unless "*;q=0".
/// </summary>
public static class ContentCodings
{
    /// <summary>Brotli's quality for stored pages, chosen by measurement (decision 0041): compressed once per render, sent on every hit.</summary>
    public const int BrotliQuality = 5;

    /// <summary>Identity's q-value when the request does not name it: acceptable, but any coding it names comes first.</summary>
    private const double LeastQuality = 0.001;

    public static readonly ContentCoding[] All = [ContentCoding.Brotli, ContentCoding.Gzip, ContentCoding.Identity];

    /// <summary>ASP.NET Core's text types (HTML, CSS, scripts, XML, JSON) and the feeds', which it leaves out: a feed is whole stories, the largest body we send.</summary>
    public static readonly string[] CompressedTypes =
        [.. ResponseCompressionDefaults.MimeTypes, "application/rss+xml", "application/atom+xml", "application/feed+json"];

    public static bool IsCompressed(string? contentType) =>
        contentType is not null && CompressedTypes.Contains(contentType.Split(';', 2)[0].Trim(), StringComparer.OrdinalIgnoreCase);

    public static string Name(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => "br",
        ContentCoding.Gzip => "gzip",
        _ => "identity",
    };

    /// <summary>The coding to send, or null when the request refuses every one we have.</summary>
    public static ContentCoding? Choose(StringValues acceptEncoding)
    {
        // Indexed by ContentCoding; -1 = not named.
        Span<double> named = [-1, -1, -1];
        var any = -1.0;
        foreach (var value in acceptEncoding)
        {
            var header = (value ?? "").AsSpan();
            foreach (var range in header.Split(','))
            {
                if (!TryParse(header[range], out var name, out var quality))
                {
                    continue;
                }

                if (name is "*")
                {
                    any = Math.Max(any, quality);
                }
                else if (Coding(name) is { } coding)
                {
                    named[(int)coding] = Math.Max(named[(int)coding], quality);
                }
            }
        }

        named[(int)ContentCoding.Brotli] = named[(int)ContentCoding.Brotli] >= 0 ? named[(int)ContentCoding.Brotli] : Math.Max(any, 0);
        named[(int)ContentCoding.Gzip] = named[(int)ContentCoding.Gzip] >= 0 ? named[(int)ContentCoding.Gzip] : Math.Max(any, 0);
        named[(int)ContentCoding.Identity] = named[(int)ContentCoding.Identity] >= 0 ? named[(int)ContentCoding.Identity] : any >= 0 ? any : LeastQuality;
        ContentCoding? best = null;
        foreach (var coding in All)
        {
            if (named[(int)coding] > 0 && (best is null || named[(int)coding] > named[(int)best.Value]))
            {
                best = coding;
            }
        }

        return best;
    }

    /// <summary>The coding a response was sent in (its Content-Encoding), or null for one we do not store.</summary>
    public static ContentCoding? Of(StringValues contentEncoding) =>
        StringValues.IsNullOrEmpty(contentEncoding) ? ContentCoding.Identity : contentEncoding.Count == 1 ? Coding(contentEncoding[0].AsSpan().Trim()) : null;

    public static byte[] Encode(ReadOnlySpan<byte> identity, ContentCoding coding)
    {
        switch (coding)
        {
            case ContentCoding.Brotli:
                var encoded = new byte[BrotliEncoder.GetMaxCompressedLength(identity.Length)];
                return BrotliEncoder.TryCompress(identity, encoded, out var written, BrotliQuality, window: 22)
                    ? encoded[..written]
                    : throw new InvalidOperationException("Brotli could not compress a page into its maximum compressed length.");
            case ContentCoding.Gzip:
                using (var output = new MemoryStream())
                {
                    using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
                    {
                        gzip.Write(identity);
                    }

                    return output.ToArray();
                }

            default:
                return identity.ToArray();
        }
    }

    public static byte[] Decode(byte[] sent, ContentCoding coding)
    {
        if (coding == ContentCoding.Identity)
        {
            return sent;
        }

        using Stream decoder = coding == ContentCoding.Brotli
            ? new BrotliStream(new MemoryStream(sent), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(sent), CompressionMode.Decompress);
        using var decoded = new MemoryStream(sent.Length * 4);
        decoder.CopyTo(decoded);
        return decoded.ToArray();
    }

    private static ContentCoding? Coding(ReadOnlySpan<char> name) =>
        name.Equals("br", StringComparison.OrdinalIgnoreCase) ? ContentCoding.Brotli
        : name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("x-gzip", StringComparison.OrdinalIgnoreCase) ? ContentCoding.Gzip
        : name.Equals("identity", StringComparison.OrdinalIgnoreCase) ? ContentCoding.Identity
        : null;

    /// <summary>"name" or "name;q=0.5" (other parameters ignored); false for an empty or malformed range, which is left out.</summary>
    private static bool TryParse(ReadOnlySpan<char> range, out ReadOnlySpan<char> name, out double quality)
    {
        var semicolon = range.IndexOf(';');
        name = (semicolon < 0 ? range : range[..semicolon]).Trim();
        quality = 1.0;
        if (name.IsEmpty)
        {
            return false;
        }

        foreach (var parameter in semicolon < 0 ? [] : range[(semicolon + 1)..].ToString().Split(';'))
        {
            var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair[0].Equals("q", StringComparison.OrdinalIgnoreCase)
                && !(pair.Length == 2 && double.TryParse(pair[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out quality) && quality is >= 0 and <= 1))
            {
                return false;
            }
        }

        return true;
    }
}
