namespace Marquee.Tests.Readers;

/// <summary>A sign-up flood from one network meets one limit, whatever addresses it types; other networks are not slowed.</summary>
public sealed class ReaderFloodTests(FloodedReaderSite site) : IClassFixture<FloodedReaderSite>
{
    [Fact]
    public async Task One_network_gets_a_few_codes_an_hour_and_another_is_unaffected()
    {
        for (var host = 1; host <= 4; host++)
        {
            using var machine = ReaderBrowser.From(site, $"127.0.0.{host}");
            using var asked = await machine.AskCodeAsync(ReaderSite.NewAddress("flood"));
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        var refused = ReaderSite.NewAddress("flood");
        using var fifth = ReaderBrowser.From(site, "127.0.0.5");
        using var answer = await fifth.AskCodeAsync(refused);

        Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
        Assert.Contains("Too many codes were asked for from your network", await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, await ReaderRows.CodesAsync(site.Server, refused));

        using var elsewhere = ReaderBrowser.From(site, "127.0.1.1");
        await elsewhere.SignInAsync(ReaderSite.NewAddress("elsewhere"));
    }
}
