using CsCheck;

namespace Marquee.Tests.Fuzz;

/// <summary>Structure-aware damage to real inputs: characters and lines inserted, dropped, repeated; hostile fragments spliced in.</summary>
internal static class Mutations
{
    /// <summary>What hostile or broken input looks like, for splicing anywhere.</summary>
    public static readonly string[] Fragments =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "[x](javascript:alert(1))", "<form action=//evil><input type=password name=p></form>",
        "<button formaction=//evil>Go</button>", "<select><option>a</select>", "<textarea>", "</textarea>", "<label for=p>", "<iframe src=//evil>",
        "<div style=\"background:url(javascript:alert(1))\">", "<!--", "-->", "<![CDATA[", "&#0;", "\0", "\u202e", "\ud800", "\uffff", "é", "💥",
        "{{photo 1}}", "{{photo 9999999999999999999 \"<b>\"}}", "{{gallery a-b}}", ":::pullquote\n", ":::\n", "> ", "* ", "1. ", "    ", "```", "|a|b|\n|-|-|\n",
        "\n", "\n\n", "\r\n", "\t", "[", "]", "(", ")", "*", "_", "`", "~", "\"", "'", "\\", "null", "NaN", "-1", "1e309", "0x10", "9999999999999999999",
        "date 2024-02-30 Headline", "By ", "Photo: Getty Images", "Related:", "Latest News", "__GHOST_URL__", "//", "data:text/html,<script>",
    ];

    public static readonly Gen<string> Fragment = Gen.OneOf(Fragments);

    /// <summary>A text with 1 to 8 edits at random places: a fragment or character inserted, a span dropped, a span repeated up to 200 times.</summary>
    public static Gen<string> Of(Gen<string> seeds, Gen<char> alphabet) =>
        seeds.SelectMany(seed => Edit(alphabet).Array[1, 8].Select(edits => edits.Aggregate(seed, (text, edit) => edit(text))));

    /// <summary>Lines of a text shuffled, dropped, repeated or replaced by a fragment.</summary>
    public static Gen<string> Lines(Gen<string> seeds) =>
        seeds.SelectMany(seed => Gen.Int[0, 1 << 20].Select(Gen.Int[0, 3], Fragment, (at, kind, fragment) => (at, kind, fragment)).Array[1, 12]
            .Select(edits => string.Join('\n', edits.Aggregate(seed.Split('\n').ToList(), (lines, edit) =>
            {
                if (lines.Count == 0)
                {
                    return [edit.fragment];
                }

                var i = edit.at % lines.Count;
                switch (edit.kind)
                {
                    case 0: lines.RemoveAt(i); break;
                    case 1: lines.Insert(i, lines[(i * 7) % lines.Count]); break;
                    case 2: lines[i] = edit.fragment; break;
                    default: lines.Insert(i, edit.fragment); break;
                }

                return lines;
            }))));

    private static Gen<Func<string, string>> Edit(Gen<char> alphabet) =>
        Gen.Int[0, 1 << 20].Select(Gen.Int[1, 200], Gen.Int[0, 3], Fragment.Select(alphabet, (f, c) => (f, c)), (at, n, kind, pick) => (Func<string, string>)(text =>
        {
            var i = text.Length == 0 ? 0 : at % (text.Length + 1);
            var span = Math.Min(n % 16 + 1, text.Length - i);
            return kind switch
            {
                0 => text.Insert(i, pick.f),
                1 => text.Insert(i, pick.c.ToString()),
                2 => text.Remove(i, span),
                _ => text.Insert(i, string.Concat(Enumerable.Repeat(text.Substring(i, span), n))),
            };
        }));
}
