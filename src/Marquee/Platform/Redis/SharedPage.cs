using System.Text;

namespace Marquee.Platform.Redis;

/// <summary>
/// A page as it is stored in Redis: the output cache's own bytes behind a header with the page's cache
/// tags and expiry, which Redis keeps nowhere a reader can ask for them, so that a node copying the
/// page into memory can drop that copy by tag and when it expires.
/// </summary>
internal sealed record SharedPage(byte[] Payload, string[] Tags, DateTimeOffset ExpiresAt)
{
    /// <summary>Never the first byte of the output cache's own format (a small revision number), so older entries are told apart.</summary>
    private static readonly byte[] Magic = "MQP1"u8.ToArray();

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream(Payload.Length + 256);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(ExpiresAt.ToUnixTimeMilliseconds());
            writer.Write7BitEncodedInt(Tags.Length);
            foreach (var tag in Tags)
            {
                writer.Write(tag);
            }

            writer.Write(Payload);
        }

        return stream.ToArray();
    }

    /// <summary>The page, or null for bytes without the header (written by a node without the memory tier).</summary>
    public static SharedPage? From(byte[] stored)
    {
        if (!stored.AsSpan().StartsWith(Magic))
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(stored, writable: false), Encoding.UTF8);
        reader.ReadBytes(Magic.Length);
        var expiresAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.ReadInt64());
        var tags = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = reader.ReadString();
        }

        return new SharedPage(stored[(int)reader.BaseStream.Position..], tags, expiresAt);
    }
}
