using System.Text;

namespace Marquee.Tests.Tips;

/// <summary>
/// A source sends a tip: what reaches the database and the data folder is ciphertext only, and a refused tip (empty,
/// too many files, a file too big, a flood) is refused with a clear message and leaves nothing behind.
/// </summary>
public sealed class TipSubmissionTests : IClassFixture<TipDeskServer>, IAsyncLifetime
{
    private readonly MarqueeServer _server;
    private StaffSession? _editor;

    public TipSubmissionTests(TipDeskServer desk) => _server = desk.Server;

    public async ValueTask InitializeAsync() => _editor ??= await TipEditors.WithKeyAsync(_server);

    public ValueTask DisposeAsync()
    {
        _editor?.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_tip_with_a_file_is_stored_as_ciphertext_only()
    {
        var secret = $"The secret ledger is in locker {Guid.NewGuid():n}";
        var contact = $"signal-{Guid.NewGuid():n}";
        var fileText = Encoding.UTF8.GetBytes($"page of the ledger {Guid.NewGuid():n} ");
        var file = Enumerable.Repeat(fileText, 400_000 / fileText.Length).SelectMany(b => b).ToArray();
        using var source = TipForms.NewSource(_server);

        using var sent = await TipForms.SubmitAsync(source, secret, contact, ("ledger.pdf", file));
        var receipt = await TipForms.ReceiptOfAsync(sent);
        var tipId = TipForms.TipIdOf(_server, receipt);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Matches(TipForms.ReceiptShape(), receipt);
        Assert.False(TipStorage.Holds(_server, Encoding.UTF8.GetBytes(secret)), "the message is stored in the clear");
        Assert.False(TipStorage.Holds(_server, Encoding.UTF8.GetBytes(contact)), "the contact is stored in the clear");
        Assert.False(TipStorage.Holds(_server, fileText), "the file is stored in the clear");
        Assert.False(TipStorage.Holds(_server, Encoding.UTF8.GetBytes("ledger.pdf")), "the file name is stored in the clear");
        Assert.False(TipStorage.Holds(_server, Encoding.ASCII.GetBytes(receipt.Replace("-", "", StringComparison.Ordinal))), "the receipt code is stored");
        Assert.Equal("1", _server.Database.Scalar($"SELECT COUNT(*) FROM tip_files WHERE tip_id = {tipId}"));
        Assert.NotEqual("0", _server.Database.Scalar($"SELECT COUNT(*) FROM tip_key_wraps WHERE tip_id = {tipId}"));
    }

    [Fact]
    public async Task The_tips_page_sets_no_cookie_names_no_other_origin_and_is_never_cached()
    {
        using var source = TipForms.NewSource(_server);

        using var page = await source.GetAsync("/tips");
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var document = HtmlPage.Parse(html);
        var references = document.QuerySelectorAll("[src], [href], [action]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? e.GetAttribute("action") ?? "").ToList();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Set-Cookie"));
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.All(document.QuerySelectorAll("script"), script => Assert.StartsWith("/js/", script.GetAttribute("src"), StringComparison.Ordinal));
        Assert.All(references, reference => Assert.True(reference.Length == 0 || (reference.StartsWith('/') && !reference.StartsWith("//", StringComparison.Ordinal)), $"{reference} leaves the site"));
        Assert.Contains("Confidential, not anonymous", html, StringComparison.Ordinal);
    }

    [Fact]
    public Task An_empty_tip_is_refused_and_nothing_is_stored() => AssertRefusedAsync(
        source => TipForms.SubmitAsync(source, "   "),
        HttpStatusCode.UnprocessableEntity,
        "The tip is empty: write a message or attach a file.");

    [Fact]
    public Task Too_many_files_are_refused_and_nothing_is_stored() => AssertRefusedAsync(
        source => TipForms.SubmitAsync(source, "three files", "", ("a.pdf", [1]), ("b.pdf", [2]), ("c.pdf", [3])),
        HttpStatusCode.RequestEntityTooLarge,
        "A tip may carry at most 2 files: nothing was sent.");

    [Fact]
    public Task A_file_over_the_limit_is_refused_and_nothing_is_stored() => AssertRefusedAsync(
        source => TipForms.SubmitAsync(source, "a big file", "", ("small.pdf", [1, 2, 3]), ("big.pdf", new byte[(1024 * 1024) + 1])),
        HttpStatusCode.RequestEntityTooLarge,
        "The file 'big.pdf' is over 1 MB: nothing was sent. Make it smaller or use a stronger channel below.");

    [Fact]
    public Task A_forged_receipt_code_finds_nothing_and_nothing_is_stored() => AssertRefusedAsync(
        source => TipForms.FollowUpAsync(source, "ABCD-EFGH-JKMN-PQRS-TVWX", "more on my earlier tip", ("more.pdf", [9, 9, 9])),
        HttpStatusCode.NotFound,
        "No tip has that receipt code: check it, or leave it empty to send a new tip.");

    [Fact]
    public async Task A_flood_from_one_address_is_held_off_in_memory()
    {
        using var source = TipForms.NewSource(_server);
        for (var i = 0; i < 3; i++)
        {
            using var sent = await TipForms.SubmitAsync(source, $"tip {i}");
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        var before = _server.Database.Fingerprint();
        using var refused = await TipForms.SubmitAsync(source, "one too many");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Fact]
    public async Task A_follow_up_with_a_real_receipt_code_is_linked_to_the_earlier_tip()
    {
        using var source = TipForms.NewSource(_server);
        using var first = await TipForms.SubmitAsync(source, "the first part of the story");
        var receipt = await TipForms.ReceiptOfAsync(first);

        using var followUp = await TipForms.FollowUpAsync(source, receipt.ToLowerInvariant(), "and here is the second part");
        var followUpReceipt = await TipForms.ReceiptOfAsync(followUp);

        Assert.NotEqual(receipt, followUpReceipt);
        Assert.Equal(
            TipForms.TipIdOf(_server, receipt).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _server.Database.Scalar($"SELECT follow_up_of_tip_id FROM tips WHERE id = {TipForms.TipIdOf(_server, followUpReceipt)}"));
    }

    /// <summary>A refusal the source is told about, after which the database and the sealed-file folder are as they were.</summary>
    private async Task AssertRefusedAsync(Func<StaffSession, Task<HttpResponseMessage>> send, HttpStatusCode status, string message)
    {
        using var source = TipForms.NewSource(_server);
        var before = _server.Database.Fingerprint();
        var filesBefore = TipForms.SealedFiles(_server);

        using var refused = await send(source);

        Assert.Equal(status, refused.StatusCode);
        Assert.Equal(message, await TipForms.ErrorOfAsync(refused));
        Assert.Equal(before, _server.Database.Fingerprint());
        Assert.Equal(filesBefore, TipForms.SealedFiles(_server));
    }
}
