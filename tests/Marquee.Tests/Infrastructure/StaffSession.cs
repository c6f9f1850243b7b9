using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// A browser-like client of the newsroom: its own cookies, no automatic redirects, forms posted with the
/// antiforgery token read from a real page. <see cref="SignInAsync"/> creates a staff user through the
/// product's service and signs in over HTTP, as a person would.
/// </summary>
public sealed class StaffSession : IDisposable
{
    public const string Password = "a long newsroom passphrase";

    private readonly MarqueeServer? _server;

    private StaffSession(Uri baseAddress, MarqueeServer? server = null, IPAddress? from = null)
    {
        _server = server;
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true };
        if (from is not null)
        {
            handler.ConnectCallback = (context, cancellationToken) => ConnectFromAsync(from, context, cancellationToken);
        }

        Client = new HttpClient(handler) { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public CookieContainer Cookies { get; } = new();

    private MarqueeServer Server => _server ?? throw new InvalidOperationException("this session signed in to a process, not to a MarqueeServer of this test");

    public string Email { get; private set; } = "";

    public static StaffSession Anonymous(MarqueeServer server) => new(server.BaseAddress, server);

    /// <summary>A browser on another machine, as the server sees it: its connections leave from another loopback address (127.0.0.2, …).</summary>
    public static StaffSession AnonymousFrom(MarqueeServer server, IPAddress address) => new(server.BaseAddress, server, address);

    /// <summary>Another browser holding a copy of this one's cookies, as someone who copied them would; on another node, if given.</summary>
    public StaffSession CopyOfCookies(MarqueeServer? node = null)
    {
        var copy = new StaffSession((node ?? Server).BaseAddress, node ?? Server) { Email = Email };
        copy.Cookies.Add(Cookies.GetAllCookies());
        return copy;
    }

    /// <summary>A new user with the given role, signed in.</summary>
    public static async Task<StaffSession> SignInAsync(MarqueeServer server, StaffRole role) =>
        await SignInAsync(new StaffSession(server.BaseAddress, server), await CreateUserAsync(server, role));

    /// <summary>An existing user (with <see cref="Password"/>) signed in at any Marquee, a `marquee serve` process too.</summary>
    public static Task<StaffSession> SignInAsync(Uri baseAddress, string email) => SignInAsync(new StaffSession(baseAddress), email);

    private static async Task<StaffSession> SignInAsync(StaffSession session, string email)
    {
        using var response = await session.LogInAsync(email, Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"signing in as {email} answered {(int)response.StatusCode}");
        return session;
    }

    public static async Task<string> CreateUserAsync(MarqueeServer server, StaffRole role, string name = "Test Person")
    {
        var email = $"{role.Display()}-{Guid.NewGuid().ToString("n")[..10]}@example.com";
        using var scope = server.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AddStaffUser>().AddAsync(email, name, role.Display(), Password, TestContext.Current.CancellationToken);
        return email;
    }

    /// <summary>Posts the login form (the real page's token) and returns the answer: a redirect on success.</summary>
    public Task<HttpResponseMessage> LogInAsync(string email, string password, string? returnUrl = null)
    {
        Email = email;
        var path = returnUrl is null ? "/newsroom/login" : $"/newsroom/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        return PostAsync(path, new() { ["Email"] = email, ["Password"] = password, ["ReturnUrl"] = returnUrl ?? "" }, tokenFrom: "/newsroom/login");
    }

    /// <summary>The signed-in person's account id, as the staff page's forms name people.</summary>
    public async Task<string> UserIdAsync()
    {
        using var scope = Server.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>().FindByEmailAsync(Email);
        return user!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path, TestContext.Current.CancellationToken);

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public Task<AngleSharp.Dom.IDocument> PageAsync(string path) => HtmlPage.GetAsync(Client, path);

    /// <summary>
    /// Posts a form with an antiforgery token taken from <paramref name="tokenFrom"/> (by default the page posted to);
    /// <paramref name="host"/> sends the POST alone with another Host header, as a forged request would.
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields, string? tokenFrom = null, string? host = null)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(tokenFrom ?? path) };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Host = host;
        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>The token a form on this page carries: valid for any POST by the same person (signed in or not) in this session.</summary>
    public async Task<string> AntiforgeryTokenAsync(string pagePath)
    {
        var document = await PageAsync(pagePath);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException($"{pagePath} has no form with an antiforgery token");
    }

    private static async ValueTask<Stream> ConnectFromAsync(IPAddress from, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new System.Net.Sockets.Socket(from.AddressFamily, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => Client.Dispose();
}
