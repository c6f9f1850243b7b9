using System.Text;
using Geralt;
using Marquee.Newsroom.Staff;
using Marquee.Tips.Keys;

namespace Marquee.Tests.Tips;

/// <summary>A tip editor's key pair: the private key is stored only locked under their passphrase, which nothing stores.</summary>
public sealed class TipKeyTests(TipDeskServer desk) : IClassFixture<TipDeskServer>
{
    private readonly MarqueeServer _server = desk.Server;

    [Fact]
    public async Task A_tip_key_is_stored_locked_and_opens_only_with_its_passphrase()
    {
        using var editor = await TipEditors.WithKeyAsync(_server);
        var userId = long.Parse(await UserIdAsync(editor.Email), System.Globalization.CultureInfo.InvariantCulture);

        var key = await _server.WriteAsync((services, token) => services.GetRequiredService<TipKeys>().OfAsync(userId, token));
        var opened = await _server.WriteAsync((services, token) => services.GetRequiredService<TipKeys>().UnlockAsync(userId, TipEditors.Passphrase, token));
        var wrong = await _server.WriteAsync((services, token) => services.GetRequiredService<TipKeys>().UnlockAsync(userId, TipEditors.Passphrase + "!", token));
        var derived = new byte[X25519.PublicKeySize];
        X25519.ComputePublicKey(derived, opened!);

        Assert.Equal(key!.PublicKey, derived);
        Assert.DoesNotContain(Convert.ToHexString(opened!), Convert.ToHexString(key.LockedPrivateKey), StringComparison.Ordinal);
        Assert.Null(wrong);
        Assert.Equal("1", _server.Database.Scalar($"SELECT COUNT(*) FROM tip_events WHERE staff_user_id = {userId} AND action = 'created a tip key'"));
        Assert.False(DatabaseHolds(Encoding.UTF8.GetBytes(TipEditors.Passphrase)));
        Assert.NotNull((await editor.PageAsync("/newsroom/tips/key")).QuerySelector("#tip-key-made"));
    }

    [Theory]
    [InlineData("short one", "short one", "The passphrase must be at least 12 characters")]
    [InlineData("a long enough passphrase", "a different passphrase", "The two passphrases differ")]
    public async Task A_bad_passphrase_is_refused_and_no_key_is_made(string passphrase, string confirmation, string message)
    {
        using var editor = await TipEditors.SignInAsync(_server);
        var before = _server.Database.Fingerprint();

        using var refused = await editor.PostAsync("/newsroom/tips/key?handler=Create", new() { ["Passphrase"] = passphrase, ["Confirmation"] = confirmation });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(message, HtmlPage.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Fact]
    public async Task An_administrator_without_the_tips_permission_is_refused()
    {
        using var admin = await StaffSession.SignInAsync(_server, StaffRole.Administrator);

        using var page = await admin.GetAsync("/newsroom/tips/key");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task An_operator_gives_the_tips_permission_with_the_cli_and_an_unknown_email_is_refused()
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Contributor);
        using var cli = new MarqueeCli(_server);

        var (exit, output, _) = await cli.RunAsync($"user tips --email {email}");
        var (unknownExit, _, error) = await cli.RunAsync("user tips --email nobody@example.com");
        using var session = await StaffSession.SignInAsync(_server.BaseAddress, email);
        using var page = await session.GetAsync("/newsroom/tips/key");

        Assert.Equal(0, exit);
        Assert.Contains($"Gave {email} the tips permission", output, StringComparison.Ordinal);
        Assert.NotEqual(0, unknownExit);
        Assert.Contains("no staff account has the email 'nobody@example.com'", error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private async Task<string> UserIdAsync(string email)
    {
        using var scope = _server.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>().FindByEmailAsync(email);
        return user!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private bool DatabaseHolds(byte[] needle) => TipStorage.Holds(_server, needle);
}
