using System.Text;

namespace Marquee.Tests.Tips;

/// <summary>
/// The server's side of a tip sealed in the browser (decision 0077): it stores what arrives without ever holding the
/// key, the tip editor opens it as any other, and a tip of the wrong shape is refused with nothing left behind.
/// </summary>
public sealed class SealedTipTests(TipDeskServer desk) : IClassFixture<TipDeskServer>
{
    private readonly MarqueeServer _server = desk.Server;

    [Fact]
    public async Task A_tip_sealed_the_browsers_way_is_stored_as_it_came_and_opens_for_the_tip_editor()
    {
        using var editor = await TipEditors.WithKeyAsync(_server);
        using var source = TipForms.NewSource(_server);
        var seal = new BrowserSeal();
        var message = $"Sealed before it left the laptop {Guid.NewGuid():n}";
        var file = Encoding.UTF8.GetBytes($"page one {Guid.NewGuid():n}");

        using var sent = await BrowserSeal.PostAsync(source, seal.Form(await BrowserSeal.KeysAsync(source), message, seal.SealFile("page.txt", file)));
        var tipId = TipForms.TipIdOf(_server, seal.Receipt);
        using var unlocked = await editor.PostAsync("/newsroom/tips?handler=Unlock", new() { ["Passphrase"] = TipEditors.Passphrase });
        var tip = await editor.PageAsync($"/newsroom/tips/{tipId}");
        var download = await editor.Client.GetByteArrayAsync(tip.QuerySelector("#tip-files a")!.GetAttribute("href"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal("", HtmlPage.Parse(await sent.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text("#receipt-code"));
        Assert.Equal(message, tip.Text("#tip-message"));
        Assert.Equal("page.txt", tip.Text("#tip-files a"));
        Assert.Equal(file, download);
    }

    [Fact]
    public async Task A_tip_wrapped_for_other_keys_than_the_desks_is_refused_and_nothing_is_stored()
    {
        using var editor = await TipEditors.WithKeyAsync(_server);
        using var source = TipForms.NewSource(_server);
        var keys = await BrowserSeal.KeysAsync(source);
        var before = _server.Database.Fingerprint();

        using var refused = await BrowserSeal.PostAsync(source, new BrowserSeal().Form(keys.Skip(1), "missing one editor's wrap"));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.StartsWith("The tip desk's keys changed while you wrote", await TipForms.ErrorOfAsync(refused), StringComparison.Ordinal);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Theory]
    [InlineData(10)]
    [InlineData(60)]
    public async Task A_damaged_sealed_file_is_refused_and_no_file_is_left(int keep)
    {
        using var editor = await TipEditors.WithKeyAsync(_server);
        using var source = TipForms.NewSource(_server);
        var seal = new BrowserSeal();
        var whole = seal.SealFile("cut.txt", new byte[1000]);
        var before = _server.Database.Fingerprint();
        var filesBefore = TipForms.SealedFiles(_server);

        using var refused = await BrowserSeal.PostAsync(source, seal.Form(await BrowserSeal.KeysAsync(source), "a cut file", whole[..keep]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.StartsWith("A sealed file arrived damaged", await TipForms.ErrorOfAsync(refused), StringComparison.Ordinal);
        Assert.Equal(before, _server.Database.Fingerprint());
        Assert.Equal(filesBefore, TipForms.SealedFiles(_server));
    }
}
