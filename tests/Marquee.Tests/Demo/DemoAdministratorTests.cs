using System.Text.RegularExpressions;
using Marquee.Demo;

namespace Marquee.Tests.Demo;

/// <summary>The demo's way into the newsroom: an administrator whose password is printed once, made only while nobody has an account.</summary>
public sealed partial class DemoAdministratorTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public async Task The_printed_password_signs_in_as_an_administrator_and_no_second_one_is_made()
    {
        var administrator = server.Services.GetRequiredService<DemoAdministrator>();

        var signIn = await administrator.CreateIfNoStaffAsync(TestContext.Current.CancellationToken);
        var again = await administrator.CreateIfNoStaffAsync(TestContext.Current.CancellationToken);

        Assert.Null(again);
        var password = PasswordIn(signIn);
        using var session = StaffSession.Anonymous(server);
        using var login = await session.LogInAsync(DemoAdministrator.Email, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var staffPage = await session.GetAsync("/newsroom/staff");
        Assert.Equal(HttpStatusCode.OK, staffPage.StatusCode);
    }

    [Fact]
    public async Task The_demo_command_prints_the_sign_in_once()
    {
        using var cli = new MarqueeCli();

        var first = await cli.RunAsync("demo");
        var second = await cli.RunAsync("demo");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Single(first.Output.Split('\n'), line => line.StartsWith("Demo administrator (shown this once)", StringComparison.Ordinal));
        Assert.DoesNotContain("Demo administrator", second.Output, StringComparison.Ordinal);
    }

    private static string PasswordIn(string? signIn)
    {
        var match = Password().Match(signIn ?? "");
        Assert.True(match.Success, $"no password in '{signIn}'");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"with password (\S+)$")]
    private static partial Regex Password();
}
