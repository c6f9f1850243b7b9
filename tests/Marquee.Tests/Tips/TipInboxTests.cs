using System.Text;
using Marquee.Storage;
using Marquee.Tests.Media;
using Marquee.Tips.Inbox;
using Marquee.Tips.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Tips;

/// <summary>
/// The tip desk: an editor unlocks their key and reads a tip and its file; the list says nothing of what tips hold;
/// what the tip's files say about themselves (a photo's GPS position and photographer) is shown, a memo's is said to be
/// unread; every action is in the audit log; retention shreds a tip so that no key is left that opens it.
/// </summary>
public sealed class TipInboxTests(TipDeskServer desk) : IClassFixture<TipDeskServer>
{
    private readonly MarqueeServer _server = desk.Server;

    [Fact]
    public async Task A_tip_editor_unlocks_their_key_reads_a_tip_and_its_file_and_each_step_is_audited()
    {
        using var editor = await TipEditors.WithKeyAsync(_server);
        var message = $"The producer lied about the ratings {Guid.NewGuid():n}";
        var file = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat($"memo {Guid.NewGuid():n}\n", 5000)));
        using var source = TipForms.NewSource(_server);
        using var sent = await TipForms.SubmitAsync(source, message, "reach me at a burner", ("memo.txt", file));
        var tipId = TipForms.TipIdOf(_server, await TipForms.ReceiptOfAsync(sent));

        var inbox = await editor.PageAsync("/newsroom/tips");
        using var locked = await editor.GetAsync($"/newsroom/tips/{tipId}");
        using var unlocked = await editor.PostAsync("/newsroom/tips?handler=Unlock", new() { ["Passphrase"] = TipEditors.Passphrase });
        var tip = await editor.PageAsync($"/newsroom/tips/{tipId}");
        var download = await editor.Client.GetByteArrayAsync(tip.QuerySelector("#tip-files a")!.GetAttribute("href"), TestContext.Current.CancellationToken);
        using var assigned = await editor.PostAsync($"/newsroom/tips/{tipId}?handler=Assign", new(), tokenFrom: "/newsroom/tips");
        using var noted = await editor.PostAsync($"/newsroom/tips/{tipId}?handler=Note", new() { ["Note"] = "called the network" }, tokenFrom: "/newsroom/tips");
        using var moved = await editor.PostAsync($"/newsroom/tips/{tipId}?handler=Move", new() { ["To"] = "FollowedUp" }, tokenFrom: "/newsroom/tips");
        var after = HtmlPage.Parse(await moved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.NotNull(inbox.QuerySelector($"tr[data-tip-id='{tipId}']"));
        Assert.DoesNotContain(message, inbox.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Equal(message, tip.Text("#tip-message"));
        Assert.Equal("reach me at a burner", tip.Text("#tip-contact"));
        Assert.Equal("memo.txt", tip.Text("#tip-files a"));
        Assert.Equal(file, download);
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, noted.StatusCode);
        Assert.Equal("followed up", after.Text("#tip-state"));
        Assert.Contains("called the network", after.Text("#tip-notes"), StringComparison.Ordinal);
        Assert.False(TipStorage.Holds(_server, Encoding.UTF8.GetBytes("called the network")), "a note is stored in the clear");
        Assert.Equal(
            ["tip received", "opened the tip", "downloaded a file", "assigned the tip to themselves", "added a note", "moved the tip to followed up"],
            _server.Database.Lines($"SELECT action FROM tip_events WHERE tip_id = {tipId} ORDER BY id"));
    }

    [Fact]
    public async Task A_wrong_passphrase_does_not_unlock_and_the_tip_stays_closed()
    {
        using var editor = await TipEditors.WithKeyAsync(_server);
        using var source = TipForms.NewSource(_server);
        using var sent = await TipForms.SubmitAsync(source, "a tip for a careful reader");
        var tipId = TipForms.TipIdOf(_server, await TipForms.ReceiptOfAsync(sent));

        using var refused = await editor.PostAsync("/newsroom/tips?handler=Unlock", new() { ["Passphrase"] = "not my passphrase at all" });
        using var still = await editor.GetAsync($"/newsroom/tips/{tipId}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("That passphrase does not open your tip key", HtmlPage.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
        Assert.Equal(HttpStatusCode.Redirect, still.StatusCode);
    }

    [Fact]
    public async Task Retention_shreds_a_tip_so_no_key_opens_it_and_its_files_are_gone()
    {
        using var editor = await TipEditors.WithKeyAsync(_server);
        using var source = TipForms.NewSource(_server);
        using var sent = await TipForms.SubmitAsync(source, "shred me later", "", ("evidence.txt", [1, 2, 3, 4]));
        var tipId = TipForms.TipIdOf(_server, await TipForms.ReceiptOfAsync(sent));
        var sealedFile = Path.Combine(_server.DataPath, "tips", _server.Database.Scalar($"SELECT stored_name FROM tip_files WHERE tip_id = {tipId}")!);
        var due = await InScopeAsync(services => services.GetRequiredService<MarqueeDbContext>().Set<Tip>().Where(t => t.Id == tipId).Select(t => t.DeleteAfter).SingleAsync(TestContext.Current.CancellationToken));

        var early = await InScopeAsync(services => services.GetRequiredService<TipShredder>().ShredDueAsync(due.AddDays(-1), TestContext.Current.CancellationToken));
        var existedBefore = File.Exists(sealedFile);
        var shredded = await InScopeAsync(services => services.GetRequiredService<TipShredder>().ShredDueAsync(due.AddMinutes(1), TestContext.Current.CancellationToken));

        Assert.Equal(0, early);
        Assert.True(existedBefore);
        Assert.True(shredded >= 1);
        Assert.Equal("0", _server.Database.Scalar($"SELECT COUNT(*) FROM tip_key_wraps WHERE tip_id = {tipId}"));
        Assert.Equal("0", _server.Database.Scalar($"SELECT COUNT(*) FROM tips WHERE id = {tipId}"));
        Assert.Equal("0", _server.Database.Scalar($"SELECT COUNT(*) FROM tip_files WHERE tip_id = {tipId}"));
        Assert.False(File.Exists(sealedFile));
        Assert.Equal("retention", _server.Database.Scalar($"SELECT actor FROM tip_events WHERE tip_id = {tipId} AND action = 'shredded the tip'"));
    }

    /// <summary>As retention's background run calls the shredder: a scope of its own, no transaction around it.</summary>
    [Fact]
    public async Task The_tip_editor_sees_a_photos_gps_position_and_photographer_and_that_a_memo_has_none_read()
    {
        using var editor = await TipEditors.WithKeyAsync(_server);
        using var source = TipForms.NewSource(_server);
        using var sent = await TipForms.SubmitAsync(source, "the photo from the set", "", ("set.jpg", TestImages.JpegWithGpsXmpAndIptc()), ("memo.pdf", "%PDF-1.4 a memo"u8.ToArray()));
        var tipId = TipForms.TipIdOf(_server, await TipForms.ReceiptOfAsync(sent));

        using var unlocked = await editor.PostAsync("/newsroom/tips?handler=Unlock", new() { ["Passphrase"] = TipEditors.Passphrase });
        var tip = await editor.PageAsync($"/newsroom/tips/{tipId}");
        var files = tip.QuerySelectorAll("#tip-files > li").ToList();
        var photo = files[0].QuerySelector(".tip-metadata")!;
        var fields = photo.QuerySelectorAll("dt").Zip(photo.QuerySelectorAll("dd"), (name, value) => (Name: name.TextContent, Value: value.TextContent)).ToList();

        Assert.Equal(2, files.Count);
        Assert.Contains("includes a GPS position", photo.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(fields, field => field.Name == "GPSLatitude" && field.Value.StartsWith("51/1 30/1 0/1", StringComparison.Ordinal));
        Assert.Contains(("By-line", TestImages.MetadataCreator), fields.Select(field => (field.Name, field.Value)));
        Assert.Contains(TestImages.MetadataCreator, photo.QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("No metadata was read: the file is not a JPEG, PNG, WebP, AVIF or GIF image.", files[1].QuerySelector(".tip-metadata")!.TextContent.Trim());
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
