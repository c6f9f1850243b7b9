using System.Text;
using System.Text.Unicode;

namespace Marquee.Import;

/// <summary>
/// An import file read as strict UTF-8 (without its byte-order mark): a replacement character would silently change
/// a name, a slug or a body, so a bad byte refuses the file, naming its line and byte offset.
/// </summary>
internal static class ImportText
{
    public static ReadOnlyMemory<byte> ReadUtf8Bytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var text = bytes.AsMemory(start);
        if (!Utf8.IsValid(text.Span))
        {
            var offset = start + FirstInvalidByte(text.Span);
            throw new ImportException(path, $"line {bytes.AsSpan(0, offset).Count((byte)'\n') + 1}, byte offset {offset}", "not valid UTF-8");
        }

        return text;
    }

    public static string ReadUtf8(string path) => Encoding.UTF8.GetString(ReadUtf8Bytes(path).Span);

    private static int FirstInvalidByte(ReadOnlySpan<byte> text)
    {
        Utf8.ToUtf16(text, new char[text.Length], out var read, out _, replaceInvalidSequences: false);
        return read;
    }
}
