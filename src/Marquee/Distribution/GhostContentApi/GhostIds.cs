using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Marquee.Distribution.GhostContentApi;

/// <summary>What a Ghost id names; it leads the id, so ids stay unique across resources as Ghost's are.</summary>
public enum GhostIdKind
{
    Post = 1,
    Page = 2,
    Tag = 3,
    Author = 4,
    Tier = 5,
}

/// <summary>
/// Our numeric ids dressed as Ghost's 24-hex ObjectIds (front ends and Ghost's own validation expect that
/// shape): two hex digits of kind, then the id. Stable, reversible, and unique across resources.
/// </summary>
public static class GhostIds
{
    public static string Of(GhostIdKind kind, long id) => $"{(int)kind:x2}{id:x22}";

    public static bool TryParse(GhostIdKind kind, string text, out long id)
    {
        id = 0;
        return text.Length == 24
            && text.StartsWith(((int)kind).ToString("x2", CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase)
            && long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out id);
    }

    /// <summary>The shape Ghost's id validation accepts: 24 hex digits.</summary>
    public static bool IsObjectId(string? text) => text is { Length: 24 } && text.All(char.IsAsciiHexDigit);

    /// <summary>Ghost's uuid field, derived so it never changes for the same item.</summary>
    public static string Uuid(GhostIdKind kind, long id)
    {
        var bytes = SHA256.HashData(Encoding.ASCII.GetBytes($"marquee:{kind}:{id}")).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
