using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// Whoever tries addresses on the sign-in and forgot-password forms learns nothing: every refusal reads the same,
/// byte for byte (antiforgery token and the address typed aside), and takes as long (median of several tries, a
/// generous ratio), for an unknown address as for a real, disabled, locked or invited one. Mail goes through an
/// SMTP server that stalls and then refuses, as a slow or broken one would.
/// </summary>
public sealed partial class AccountEnumerationTests : IAsyncLifetime
{
    private const int Tries = 11;

    /// <summary>A median this many times another's would say which addresses are real.</summary>
    private const double GenerousRatio = 3;

    private readonly NewsroomServer _newsroom = new();
    private readonly TcpListener _smtp = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    private MarqueeServer Server => _newsroom.Server;

    public async ValueTask InitializeAsync()
    {
        _smtp.Start();
        _ = StallThenRefuseAsync();
        Server.Settings["Marquee:Mail:Smtp:Host"] = "127.0.0.1";
        Server.Settings["Marquee:Mail:Smtp:Port"] = ((IPEndPoint)_smtp.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Server.Settings["Marquee:Mail:Smtp:UseTls"] = "false";
        await _newsroom.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _smtp.Stop();
        _stop.Dispose();
        await _newsroom.DisposeAsync();
    }

    [Fact]
    public async Task Every_refused_sign_in_reads_the_same()
    {
        var (real, disabled, locked, invited) = await AccountsAsync();
        var throttledClient = StaffSession.AnonymousFrom(Server, IPAddress.Parse("127.0.0.3"));
        for (var attempt = 0; attempt < StaffIdentity.LockoutFailures; attempt++)
        {
            using var failed = await throttledClient.LogInAsync(real, $"wrong password number {attempt}");
        }

        var answers = new Dictionary<string, (HttpStatusCode, string)>
        {
            ["unknown address"] = await SignInAnswerAsync(StaffSession.Anonymous(Server), $"nobody-{Guid.NewGuid():n}@example.com", StaffSession.Password),
            ["wrong password"] = await SignInAnswerAsync(StaffSession.Anonymous(Server), real, "not the password at all"),
            ["disabled, right password"] = await SignInAnswerAsync(StaffSession.Anonymous(Server), disabled, StaffSession.Password),
            ["locked, right password"] = await SignInAnswerAsync(StaffSession.Anonymous(Server), locked, StaffSession.Password),
            ["invited, no password yet"] = await SignInAnswerAsync(StaffSession.Anonymous(Server), invited, StaffSession.Password),
            ["fifth failure from one client, right password"] = await SignInAnswerAsync(throttledClient, real, StaffSession.Password),
        };

        Assert.All(answers, answer => Assert.Equal(answers["unknown address"], answer.Value));
    }

    [Fact]
    public async Task A_refused_sign_in_takes_as_long_for_an_unknown_address_as_for_a_real_one()
    {
        var (real, disabled, locked, invited) = await AccountsAsync();
        var unknown = $"nobody-{Guid.NewGuid():n}@example.com";

        var medians = await MedianTimesAsync("/newsroom/login", new()
        {
            ["unknown address"] = new() { ["Email"] = unknown, ["Password"] = StaffSession.Password },
            ["wrong password"] = new() { ["Email"] = real, ["Password"] = "not the password at all" },
            ["disabled"] = new() { ["Email"] = disabled, ["Password"] = StaffSession.Password },
            ["locked"] = new() { ["Email"] = locked, ["Password"] = StaffSession.Password },
            ["invited"] = new() { ["Email"] = invited, ["Password"] = StaffSession.Password },
        });

        AssertAlike(medians);
    }

    [Fact]
    public async Task Forgot_password_reads_the_same_and_takes_as_long_for_any_address_however_slow_the_mail_server()
    {
        var (real, disabled, _, _) = await AccountsAsync();
        var unknown = $"nobody-{Guid.NewGuid():n}@example.com";

        var answers = new[] { unknown, real, disabled }.Select(async email =>
        {
            using var session = StaffSession.Anonymous(Server);
            using var response = await session.PostAsync("/newsroom/forgot-password", new() { ["Email"] = email });
            return (response.StatusCode, Normalized(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), email));
        });
        var medians = await MedianTimesAsync("/newsroom/forgot-password", new()
        {
            ["unknown address"] = new() { ["Email"] = unknown },
            ["real address"] = new() { ["Email"] = real },
        });

        var bodies = await Task.WhenAll(answers);
        Assert.All(bodies, body => Assert.Equal((HttpStatusCode.OK, bodies[0].Item2), body));
        AssertAlike(medians);
    }

    /// <summary>A real account, a disabled one, one locked by Identity (as wrong two-factor codes lock it), and an invitee; all but the invitee know StaffSession.Password.</summary>
    private async Task<(string Real, string Disabled, string Locked, string Invited)> AccountsAsync()
    {
        var real = await StaffSession.CreateUserAsync(Server, StaffRole.Author);
        var disabled = await StaffSession.CreateUserAsync(Server, StaffRole.Author);
        var locked = await StaffSession.CreateUserAsync(Server, StaffRole.Author);
        var invited = $"invited-{Guid.NewGuid():n}@example.com";
        using var scope = Server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        await scope.ServiceProvider.GetRequiredService<StaffDirectory>().SetDisabledAsync(actorId: 0, (await users.FindByEmailAsync(disabled))!.Id, disabled: true);
        await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(locked))!, DateTimeOffset.UtcNow.AddHours(1));
        await users.CreateAsync(new StaffUser { Email = invited, UserName = invited, Name = "", CreatedAt = DateTime.UtcNow });
        return (real, disabled, locked, invited);
    }

    private static async Task<(HttpStatusCode, string)> SignInAnswerAsync(StaffSession session, string email, string password)
    {
        using (session)
        {
            using var response = await session.LogInAsync(email, password);
            return (response.StatusCode, Normalized(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), email));
        }
    }

    /// <summary>The page as it would read for anyone: the antiforgery token and the address the person typed taken out.</summary>
    private static string Normalized(string html, string email) => AntiforgeryValue().Replace(html, "$1").Replace(email, "EMAIL", StringComparison.Ordinal);

    /// <summary>Each case's median time over <see cref="Tries"/> POSTs (the token fetched beforehand, untimed), taken in turns, each round starting with the next case, so load and warm-up spread evenly.</summary>
    private async Task<Dictionary<string, double>> MedianTimesAsync(string path, Dictionary<string, Dictionary<string, string>> cases)
    {
        using var session = StaffSession.Anonymous(Server);
        var times = cases.Keys.ToDictionary(name => name, _ => new List<double>());
        for (var round = 0; round < Tries; round++)
        {
            foreach (var (name, fields) in cases.Skip(round % cases.Count).Concat(cases.Take(round % cases.Count)))
            {
                var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await session.AntiforgeryTokenAsync(path) };
                using var content = new FormUrlEncodedContent(form);
                var clock = Stopwatch.StartNew();
                using var response = await session.Client.PostAsync(path, content, TestContext.Current.CancellationToken);
                await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                times[name].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return times.ToDictionary(time => time.Key, time => time.Value.Order().ElementAt(Tries / 2));
    }

    private static void AssertAlike(Dictionary<string, double> medians)
    {
        var (fastest, slowest) = (medians.MinBy(m => m.Value), medians.MaxBy(m => m.Value));
        TestContext.Current.TestOutputHelper?.WriteLine("Median ms: " + string.Join(", ", medians.Select(m => $"{m.Key} {m.Value:F1}")));
        Assert.True(slowest.Value < fastest.Value * GenerousRatio,
            $"'{slowest.Key}' took {slowest.Value:F1} ms (median), '{fastest.Key}' {fastest.Value:F1} ms");
    }

    /// <summary>An SMTP server that keeps each caller waiting, then says it is not available.</summary>
    private async Task StallThenRefuseAsync()
    {
        try
        {
            while (true)
            {
                var client = await _smtp.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(async () =>
                {
                    using (client)
                    {
                        await Task.Delay(300, _stop.Token);
                        await client.GetStream().WriteAsync("421 Service not available\r\n"u8.ToArray(), _stop.Token);
                    }
                });
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }
    }

    [GeneratedRegex("(name=\"__RequestVerificationToken\" type=\"hidden\" value=\")[^\"]*")]
    private static partial Regex AntiforgeryValue();
}
