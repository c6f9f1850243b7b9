namespace Marquee.Tests.Tips;

/// <summary>
/// A tip editor who joins later cannot open older tips until an unlocked colleague hands them over: one more wrap per
/// tip, the tip's ciphertext untouched, and the handover in each tip's audit log.
/// </summary>
public sealed class TipHandoverTests(TipDeskServer desk) : IClassFixture<TipDeskServer>
{
    private readonly MarqueeServer _server = desk.Server;

    [Fact]
    public async Task An_unlocked_editor_hands_an_older_tip_to_a_new_editor_without_re_encrypting_it()
    {
        using var veteran = await TipEditors.WithKeyAsync(_server);
        using var source = TipForms.NewSource(_server);
        var message = $"The label is dropping the band {Guid.NewGuid():n}";
        using var sent = await TipForms.SubmitAsync(source, message);
        var tipId = TipForms.TipIdOf(_server, await TipForms.ReceiptOfAsync(sent));
        using var newcomer = await TipEditors.WithKeyAsync(_server);
        await UnlockAsync(newcomer);
        await UnlockAsync(veteran);
        var sealedBefore = SealedMessage(tipId);

        using var before = await newcomer.GetAsync($"/newsroom/tips/{tipId}");
        using var handed = await veteran.PostAsync("/newsroom/tips?handler=HandOver", new() { ["Colleague"] = newcomer.Email });
        var after = await newcomer.PageAsync($"/newsroom/tips/{tipId}");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, handed.StatusCode);
        Assert.Equal(message, after.Text("#tip-message"));
        Assert.Equal(sealedBefore, SealedMessage(tipId));
        Assert.Equal("1", _server.Database.Scalar($"SELECT COUNT(*) FROM tip_events WHERE tip_id = {tipId} AND action = 'handed the tip to Tip Editor'"));
    }

    [Fact]
    public async Task Handing_tips_to_someone_without_a_key_is_refused_and_changes_nothing()
    {
        using var veteran = await TipEditors.WithKeyAsync(_server);
        using var keyless = await TipEditors.SignInAsync(_server);
        await UnlockAsync(veteran);
        var before = _server.Database.Fingerprint();

        using var refused = await veteran.PostAsync("/newsroom/tips?handler=HandOver", new() { ["Colleague"] = keyless.Email });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Tip Editor has no tip key yet: they make one first, then you hand tips over", HtmlPage.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Fact]
    public async Task A_locked_key_hands_nothing_over()
    {
        using var veteran = await TipEditors.WithKeyAsync(_server);
        using var newcomer = await TipEditors.WithKeyAsync(_server);
        var before = _server.Database.Fingerprint();

        using var refused = await veteran.PostAsync("/newsroom/tips?handler=HandOver", new() { ["Colleague"] = newcomer.Email });

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    private static async Task UnlockAsync(StaffSession editor)
    {
        using var unlocked = await editor.PostAsync("/newsroom/tips?handler=Unlock", new() { ["Passphrase"] = TipEditors.Passphrase });
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
    }

    private string SealedMessage(long tipId) =>
        _server.Database.Scalar($"SELECT {(TestDatabase.IsPostgres ? "encode(sealed_message, 'hex')" : "lower(hex(sealed_message))")} FROM tips WHERE id = {tipId}")!;
}
