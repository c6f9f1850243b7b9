namespace Marquee.Tests.Newsroom;

/// <summary>Sign-in submissions from one address (passwords, codes, passkeys) are limited per minute (here 3); the page itself stays reachable.</summary>
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private readonly MarqueeServer _server = new();

    public ValueTask InitializeAsync()
    {
        _server.Settings["Marquee:Newsroom:SignInAttemptsPerMinute"] = "3";
        return _server.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task The_fourth_sign_in_attempt_in_a_minute_gets_429_with_a_reason()
    {
        using var session = StaffSession.Anonymous(_server);
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var failed = await session.LogInAsync("someone@example.com", $"guess number {attempt}");
            answers.Add(failed.StatusCode);
        }

        using var limited = await session.LogInAsync("someone@example.com", "one guess too many");
        using var page = await session.GetAsync("/newsroom/login");

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.UnprocessableEntity, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("Too many sign-in attempts from your address. Wait a minute, then try again.", await limited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("no-store, private", limited.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Passkey_answers_count_toward_the_limit_and_the_options_a_page_view_asks_for_do_not()
    {
        using var session = StaffSession.Anonymous(_server).WithOrigin(_server);
        await PasskeyDriver.RequestOptionsAsync(session);
        await PasskeyDriver.RequestOptionsAsync(session);
        using var first = await session.PostAsync(PasskeyDriver.LoginAnswer, new() { ["Credential"] = "garbage" }, "/newsroom/login");
        using var second = await session.LogInAsync("someone@example.com", "a guess");
        using var third = await session.LogInAsync("someone@example.com", "another guess");

        using var limited = await session.PostAsync(PasskeyDriver.LoginAnswer, new() { ["Credential"] = "garbage" }, "/newsroom/login");

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity], new[] { first.StatusCode, second.StatusCode, third.StatusCode });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    [Fact]
    public async Task Endless_passkey_option_requests_are_limited_too_six_times_later()
    {
        using var session = StaffSession.Anonymous(_server).WithOrigin(_server);
        for (var request = 0; request < 6 * 3; request++)
        {
            await PasskeyDriver.RequestOptionsAsync(session);
        }

        using var limited = await session.PostAsync(PasskeyDriver.LoginOptions, [], "/newsroom/login");
        using var attempt = await session.LogInAsync("someone@example.com", "a guess");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, attempt.StatusCode);
    }
}
