using Marquee.Distribution.GhostContentApi.Nql;

namespace Marquee.Tests.Distribution.GhostContentApi;

/// <summary>Ghost's filter language: precedence, grouping, operators, values, and where a bad filter goes wrong.</summary>
public sealed class NqlParserTests
{
    [Fact]
    public void And_binds_tighter_than_or_and_parentheses_group()
    {
        Assert.Equal(
            "Any(All(tag=a, featured=true), author=b)",
            Show(NqlParser.Parse("tag:a+featured:true,author:b")));
        Assert.Equal(
            "All(tag=a, Any(featured=true, author=b))",
            Show(NqlParser.Parse("tag:a+(featured:true,author:b)")));
    }

    [Theory]
    [InlineData("published_at:>'2024-01-01 10:00:00'", "published_at GreaterThan 2024-01-01 10:00:00")]
    [InlineData("published_at:<=now-30d", "published_at LessOrEqual now-30d")]
    [InlineData("tag:-[news,'red carpet']", "not tag=news|red carpet")]
    [InlineData("title:~'It\\'s'", "title Contains It's")]
    [InlineData("slug:~^pink", "slug StartsWith pink")]
    [InlineData("TAG : news", "tag=news")]
    public void Reads_operators_and_values(string filter, string expected) =>
        Assert.Equal(expected, Show(NqlParser.Parse(filter)));

    [Theory]
    [InlineData("tag:(", "unexpected character '(' in filter at char 5")]
    [InlineData("tag:", "unexpected end of filter")]
    [InlineData("tag:[a,b", "unexpected end of filter, expected ']'")]
    [InlineData("tag:'open", "unexpected end of filter, expected '''")]
    [InlineData(":news", "unexpected character ':' in filter at char 1")]
    [InlineData("tag:a)", "unexpected character ')' in filter at char 6")]
    public void A_malformed_filter_says_where(string filter, string expected)
    {
        var error = Assert.Throws<NqlSyntaxException>(() => NqlParser.Parse(filter));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static string Show(NqlNode node) => node switch
    {
        NqlAll all => $"All({string.Join(", ", all.Parts.Select(Show))})",
        NqlAny any => $"Any({string.Join(", ", any.Parts.Select(Show))})",
        NqlComparison { Operator: NqlOperator.Equal } c => $"{(c.Negated ? "not " : "")}{c.Field}={string.Join('|', c.Values)}",
        NqlComparison c => $"{(c.Negated ? "not " : "")}{c.Field} {c.Operator} {string.Join('|', c.Values)}",
        _ => node.ToString(),
    };
}
