namespace Marquee.Tests.Http;

/// <summary>A query string longer than any link of ours gets 414 before anything is spent on it; Kestrel's header limits hold.</summary>
public sealed class RequestLimitTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/rss")]
    [InlineData("/ghost/api/content/posts/")]
    [InlineData("/newsroom/login")]
    public async Task A_query_string_over_4_KB_is_414_and_one_under_it_is_answered(string path)
    {
        var tooLong = await RawHttp.SendAsync(server.BaseAddress, "GET", $"{path}?q={new string('x', 4100)}");
        var underLimit = await RawHttp.SendAsync(server.BaseAddress, "GET", $"{path}?q={new string('x', 4000)}");

        Assert.Equal(414, tooLong.Status);
        Assert.NotEqual(414, underLimit.Status);
        Assert.True(underLimit.Status < 500, $"{path} with a 4,000-byte query answered {underLimit.Status}");
    }

    [Fact]
    public async Task Headers_over_kestrels_limit_are_431()
    {
        var answer = await RawHttp.SendAsync(server.BaseAddress, "GET", "/", [$"X-Padding: {new string('x', 40_000)}"]);

        Assert.Equal(431, answer.Status);
    }
}
