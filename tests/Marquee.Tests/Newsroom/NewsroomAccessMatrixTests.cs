using System.Reflection;
using System.Text.RegularExpressions;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// Every newsroom endpoint × anonymous and every role → the expected answer, enforced by the server
/// (not the UI), and never cacheable; an article's endpoints also × its own writer or someone else, where
/// contributors and authors get 404 for what is not theirs (decision 0028). Rows live in NewsroomEndpoints.
/// </summary>
public sealed partial class NewsroomAccessMatrixTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    public static TheoryData<StaffRole> Staff => new(StaffRoles.All);

    public static TheoryData<StaffRole?> Roles => new(new StaffRole?[] { null }.Concat(StaffRoles.All.Cast<StaffRole?>()));

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_newsroom_endpoint_answers_each_role_as_its_policy_says_and_is_never_cached(StaffRole? role)
    {
        using var session = role is { } signedIn ? await StaffSession.SignInAsync(_server, signedIn) : StaffSession.Anonymous(_server);
        var mismatches = new List<string>();
        var stillSignedIn = role is not null;

        foreach (var endpoint in NewsroomEndpoints.All)
        {
            using var response = await SendAsync(session, endpoint, stillSignedIn);
            stillSignedIn &= !(endpoint.Page == typeof(Marquee.Newsroom.SignIn.LogoutPage) && endpoint.Method == "POST");
            var actual = Outcome(response);
            var expected = endpoint.ExpectedFor(role);
            if (actual != expected)
            {
                mismatches.Add($"{endpoint} as {role?.ToString() ?? "anonymous"}: expected {expected}, got {actual}");
            }

            if (response.Headers.CacheControl?.ToString() != NewsroomResponseHeaders.CacheControl)
            {
                mismatches.Add($"{endpoint} as {role?.ToString() ?? "anonymous"}: Cache-Control is '{response.Headers.CacheControl}'");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Theory]
    [MemberData(nameof(Staff))]
    public async Task Every_article_endpoint_answers_on_ones_own_article_and_404_on_someone_elses_below_editor(StaffRole role)
    {
        using var session = await StaffSession.SignInAsync(_server, role);
        using var writer = await StaffSession.SignInAsync(_server, StaffRole.Author);
        var own = await EditorForms.CreateAsync(session, $"Own story {TestContent.UniqueSlug(role.Display())}");
        var theirs = await EditorForms.CreateAsync(writer, $"Someone else's story {TestContent.UniqueSlug(role.Display())}");
        var mismatches = new List<string>();

        foreach (var (article, isOwn) in new[] { (own, true), (theirs, false) })
        {
            foreach (var endpoint in NewsroomEndpoints.OfAnArticle)
            {
                using var response = endpoint.Method == "GET"
                    ? await session.GetAsync(endpoint.UrlOf(article))
                    : await session.PostAsync(endpoint.UrlOf(article), new() { ["Version"] = "1", ["LockToken"] = "a-tab-token" }, NewsroomPaths.Root);
                var expected = isOwn || role >= StaffRole.Editor ? endpoint.OnArticle : "404";
                if (Outcome(response) != expected)
                {
                    mismatches.Add($"{endpoint} on {(isOwn ? "their own" : "someone else's")} article as {role}: expected {expected}, got {Outcome(response)}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public void Every_newsroom_page_handler_has_a_row()
    {
        var handlers = typeof(NewsroomPaths).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(PageModel)) && !type.IsAbstract
                && (type.Namespace!.StartsWith("Marquee.Newsroom", StringComparison.Ordinal) || type.IsSubclassOf(typeof(Marquee.Newsroom.Layout.NewsroomPageModel))))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(method => Handler().Match(method.Name))
                .Where(match => match.Success && (match.Groups[1].Value == "Post" || match.Groups[2].Value.Length > 0))
                .Select(match => $"{type.Name} {match.Groups[1].Value.ToUpperInvariant()} {match.Groups[2].Value}")
                .Append($"{type.Name} GET "))
            .Order()
            .ToList();

        // Rows of minimal API endpoints (the pickers) are checked by route in Every_newsroom_route_is_in_the_matrix.
        var pageRows = NewsroomEndpoints.All.Where(e => e.Page.IsSubclassOf(typeof(PageModel)));
        Assert.Equal(handlers, pageRows.Select(e => $"{e.Page.Name} {e.Method} {e.Handler}").Order());
    }

    [Fact]
    public void Every_newsroom_route_is_in_the_matrix()
    {
        var routes = RouteTable.Of(_server).Where(route => route == "/newsroom" || route.StartsWith("/newsroom/", StringComparison.Ordinal));

        Assert.Equal(routes, NewsroomEndpoints.All.Select(e => e.Path).Distinct().Order());
    }

    private static async Task<HttpResponseMessage> SendAsync(StaffSession session, NewsroomEndpoint endpoint, bool signedIn)
    {
        if (endpoint.Method == "GET")
        {
            return await session.GetAsync(endpoint.Url);
        }

        // A real form's token: from the sign-in page for pages anyone may use or once signed out, else from a page this person can open.
        var tokenFrom = endpoint.IsAnonymous || !signedIn ? NewsroomPaths.Login : NewsroomPaths.Root;
        return await session.PostAsync(endpoint.Url, [], tokenFrom);
    }

    private static string Outcome(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
            ? $"302 {(response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.AbsolutePath : response.Headers.Location.OriginalString.Split('?')[0])}"
            : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^On(Get|Post)(\\w*?)(Async)?$")]
    private static partial Regex Handler();
}
