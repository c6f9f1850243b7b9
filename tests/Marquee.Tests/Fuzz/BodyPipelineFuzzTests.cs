using CsCheck;
using Marquee.Content;
using Marquee.Content.Body;

namespace Marquee.Tests.Fuzz;

/// <summary>Markdown → HTML → sanitiser → embeds, on generated bodies: never a throw, never a hang, never a script, handler, javascript: URL or form control out.</summary>
public sealed class BodyPipelineFuzzTests
{
    /// <summary>Nasty nesting and huge repetition: each piece is a fragment repeated up to 300 times, up to 30 pieces.</summary>
    private static readonly Gen<string> Bodies =
        Mutations.Fragment.Select(Gen.Int[1, 300], (fragment, times) => string.Concat(Enumerable.Repeat(fragment, times)))
            .Array[1, 30].Select(pieces => string.Concat(pieces));

    [Fact]
    public void Generated_bodies_render_to_inert_html_without_throwing_or_hanging() =>
        FuzzRun.Check(Bodies, AssertInert, Print);

    [Fact]
    public void Mutated_demo_and_test_bodies_render_to_inert_html() =>
        FuzzRun.Check(Mutations.Of(Gen.OneOf(Seeds()), Gen.Char["<>&\"'=/:()[]{}*_`!#|\\\n "]), AssertInert, Print);

    [Fact]
    public void A_body_nested_past_markdigs_limit_is_refused_as_invalid_content_not_an_argument_exception()
    {
        var deep = string.Concat(Enumerable.Repeat("1. ", 200)) + "x";

        var refused = Assert.Throws<ContentValidationException>(() => BodyRenderer.ToHtml(deep));

        Assert.Equal(BodyRenderer.TooDeep, refused.Message);
        Assert.Equal(BodyRenderer.TooDeep, Assert.Throws<ContentValidationException>(() => BodyRenderer.Excerpt(deep)).Message);
    }

    /// <summary>Found by the fuzz pass: a table cell nested past Markdig's limit throws while rendering, not parsing.</summary>
    [Fact]
    public void A_body_refused_while_rendering_leaves_the_next_bodies_paragraphs_whole()
    {
        var cellTooDeep = new string('[', 130) + "|\n||";

        Assert.Equal(BodyRenderer.TooDeep, Assert.Throws<ContentValidationException>(() => BodyRenderer.ToHtml(cellTooDeep)).Message);
        Assert.Equal("<p>First.</p>\n<p>Second.</p>\n", BodyRenderer.ToHtml("First.\n\nSecond."));
    }

    /// <summary>Inert HTML out, or the one documented refusal: a body nested past Markdig's limit.</summary>
    private static void AssertInert(string markdown)
    {
        try
        {
            var html = BodyRenderer.ToHtml(markdown);
            Assert.Empty(HtmlHazards.In(html));
            BodyRenderer.Excerpt(markdown);
            BodyParts.Of(html);
        }
        catch (ContentValidationException refused) when (refused.Message == BodyRenderer.TooDeep)
        {
        }
    }

    private static string Print(string markdown) => markdown.Length > 2000 ? markdown[..2000] + $"… ({markdown.Length} characters)" : markdown;

    private static string[] Seeds() =>
    [
        "Hello *world* and **friends**.\n\n> A quote\n\n- one\n- two\n\n:::pullquote\nSaid it.\n:::\n\n{{photo 1 \"Caption\"}}\n\n{{gallery red-carpet}}",
        "# Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![alt](/media/x.jpg)\n\n[link](https://example.com) <https://example.com>",
        .. Directory.EnumerateFiles(Path.Combine(Repository.Corpus, "crawl"), "*.txt").Select(File.ReadAllText),
    ];
}
