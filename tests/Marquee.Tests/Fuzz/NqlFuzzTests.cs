using CsCheck;
using Marquee.Distribution.GhostContentApi.Nql;

namespace Marquee.Tests.Fuzz;

/// <summary>Ghost's filter language on mutated real filters: it parses or says why (an NQL error, a 400), never anything else, never a stack overflow.</summary>
public sealed class NqlFuzzTests
{
    private static readonly string[] Filters =
    [
        "tag:news", "tag:[a,b]+featured:true", "published_at:>'2024-05-01'", "published_at:>now-30d", "-tag:x", "(tag:a,tag:b)+authors:c",
        "title:~'Red carpet'", "slug:-[a,b,c]", "primary_tag:news+published_at:<=2024-01-31", "featured:true,tag:\"it's\"", "id:5f1c2e3d4b5a697887766554",
    ];

    [Fact]
    public void Mutated_filters_parse_or_fail_with_an_nql_error() =>
        FuzzRun.Check(Mutations.Of(Gen.OneOf(Filters), Gen.Char[":[]()+,-~'\"<>=!$ \\abcnow0129d"]), ParsesOrRefuses, f => f);

    [Fact]
    public void Parentheses_nested_past_the_limit_are_refused_not_a_stack_overflow()
    {
        var deep = new string('(', 100_000) + "tag:a" + new string(')', 100_000);

        var refused = Assert.Throws<NqlSyntaxException>(() => NqlParser.Parse(deep));

        Assert.Contains($"nested deeper than {NqlParser.MaxNesting}", refused.Message, StringComparison.Ordinal);
        Assert.NotNull(NqlParser.Parse(new string('(', NqlParser.MaxNesting) + "tag:a" + new string(')', NqlParser.MaxNesting)));
    }

    private static void ParsesOrRefuses(string filter)
    {
        try
        {
            NqlParser.Parse(filter);
        }
        catch (NqlSyntaxException)
        {
            // The documented refusal: the Content API answers it as Ghost's 400.
        }
    }
}
