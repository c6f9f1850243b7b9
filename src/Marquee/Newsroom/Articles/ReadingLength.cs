using System.Text.RegularExpressions;

namespace Marquee.Newsroom.Articles;

/// <summary>The body's length as the editor shows it under the text: words, and minutes to read at an adult's pace.</summary>
public static partial class ReadingLength
{
    /// <summary>Silent reading of non-fiction in English runs at about 230 words a minute (newsroom-editor.js counts alike).</summary>
    public const int WordsPerMinute = 230;

    public static string Of(string? markdown)
    {
        var words = Word().Count(markdown ?? "");
        var minutes = Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute));
        return $"{words} {(words == 1 ? "word" : "words")} · {minutes} min read";
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();
}
