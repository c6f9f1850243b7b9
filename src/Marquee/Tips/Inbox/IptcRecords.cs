using System.Buffers.Binary;
using System.Text;

namespace Marquee.Tips.Inbox;

/// <summary>
/// The application record (2:nn) datasets of an IPTC-IIM block, as JPEG carries it inside Photoshop's APP13: each is
/// 0x1C, record, dataset, a two-byte length and the text. Extended lengths (over 32 KB) and other records are skipped.
/// </summary>
public static class IptcRecords
{
    private static readonly Dictionary<byte, string> Names = new()
    {
        [5] = "Object name", [25] = "Keywords", [55] = "Date created", [60] = "Time created", [80] = "By-line", [85] = "By-line title",
        [90] = "City", [92] = "Sublocation", [95] = "Province/State", [101] = "Country", [105] = "Headline", [110] = "Credit",
        [115] = "Source", [116] = "Copyright notice", [118] = "Contact", [120] = "Caption", [122] = "Caption writer",
    };

    public static IReadOnlyList<MetadataField> Read(ReadOnlySpan<byte> block)
    {
        List<MetadataField> fields = [];
        var at = block.IndexOf((ReadOnlySpan<byte>)[0x1C, 0x02]);
        while (at >= 0 && at + 5 <= block.Length && block[at] == 0x1C)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(block[(at + 3)..]);
            if ((length & 0x8000) != 0 || at + 5 + length > block.Length)
            {
                break;
            }

            if (block[at + 1] == 2 && block[at + 2] != 0)
            {
                var dataset = block[at + 2];
                fields.Add(new(Names.GetValueOrDefault(dataset, $"2:{dataset}"), Encoding.UTF8.GetString(block.Slice(at + 5, length))));
            }

            at += 5 + length;
        }

        return fields;
    }
}
