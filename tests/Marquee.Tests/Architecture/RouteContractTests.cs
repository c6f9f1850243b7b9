using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace Marquee.Tests.Architecture;

/// <summary>
/// The public URL contract (DESIGN.md) against the route table: outside tools rely on these addresses. Each URL names
/// the file that handles it, and docs/architecture.md prints the same list, so a newcomer goes from a URL to its file.
/// </summary>
public sealed class RouteContractTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private const string Content = "src/Marquee/Content/";
    private const string Feeds = "src/Marquee/Distribution/Feeds/FeedEndpoints.cs";
    private const string Sitemaps = "src/Marquee/Distribution/Sitemaps/SitemapEndpoints.cs";
    private const string GhostApi = "src/Marquee/Distribution/GhostContentApi/";
    private const string AppleNews = "src/Marquee/Distribution/AppleNews/AppleNewsEndpoints.cs";
    private const string Newsroom = "src/Marquee/Newsroom/";
    private const string Tips = "src/Marquee/Tips/";

    public static readonly IReadOnlyList<(string Url, string File)> Contract =
    [
        ("/", Content + "Home/HomePage.cshtml"),
        ("/news/{slug}", Content + "Articles/ArticlePage.cshtml"),
        ("/photos/{slug}/{n:int?}", Content + "Galleries/GalleryPage.cshtml"),
        ("/photos/{slug}/all", Content + "Galleries/GalleryGridPage.cshtml"),
        ("/live/{slug}", Content + "Live/LivePage.cshtml"),
        ("/live/{slug}/updates", Content + "Live/LiveUpdatesPage.cshtml"),
        ("/live/{slug}/atom", "src/Marquee/Distribution/Feeds/LiveFeedEndpoints.cs"),
        ("/tag/{slug}", Content + "Tags/TagPage.cshtml"),
        ("/author/{slug}", Content + "Authors/AuthorPage.cshtml"),
        ("/section/{slug}", Content + "Tags/SectionPage.cshtml"),
        ("/p/{slug}", Content + "StaticPages/StaticPageView.cshtml"),
        ("/preview/{token}", Content + "Previews/PreviewPage.cshtml"),
        ("/search", Content + "Search/SearchPage.cshtml"),
        ("/search/suggest", Content + "Search/SuggestEndpoints.cs"),
        ("/most-read", Content + "Reads/MostReadPage.cshtml"),
        ("/reads/{id:long}", Content + "Reads/ReadEndpoints.cs"),
        ("/healthz", "src/Marquee/Platform/Health/HealthEndpoints.cs"),
        ("/readyz", "src/Marquee/Platform/Health/HealthEndpoints.cs"),
        ("/account", "src/Marquee/Readers/Account/AccountPage.cshtml"),
        ("/account/verify", "src/Marquee/Readers/Account/VerifyLinkPage.cshtml"),
        ("/account/export", "src/Marquee/Readers/Account/ReaderEndpoints.cs"),
        ("/account/consent", "src/Marquee/Readers/Consent/ConsentReceiptEndpoint.cs"),
        ("/me", "src/Marquee/Readers/Account/ReaderEndpoints.cs"),
        ("/account/work", "src/Marquee/Readers/Account/ReaderEndpoints.cs"),
        ("/rss", Feeds), ("/atom", Feeds), ("/feed.json", Feeds),
        ("/tag/{slug}/rss", Feeds), ("/tag/{slug}/atom", Feeds), ("/tag/{slug}/feed.json", Feeds),
        ("/section/{slug}/rss", Feeds), ("/section/{slug}/atom", Feeds), ("/section/{slug}/feed.json", Feeds),
        ("/author/{slug}/rss", Feeds), ("/author/{slug}/atom", Feeds), ("/author/{slug}/feed.json", Feeds),
        ("/sitemap.xml", Sitemaps), ("/sitemap-articles-{period}.xml", Sitemaps), ("/sitemap-tags.xml", Sitemaps),
        ("/sitemap-authors.xml", Sitemaps), ("/sitemap-news.xml", Sitemaps), ("/sitemap-galleries.xml", Sitemaps),
        ("/robots.txt", Sitemaps),
        ("/ghost/api/content/posts", GhostApi + "Resources/PostsResource.cs"),
        ("/ghost/api/content/posts/{id}", GhostApi + "Resources/PostsResource.cs"),
        ("/ghost/api/content/posts/slug/{slug}", GhostApi + "Resources/PostsResource.cs"),
        ("/ghost/api/content/pages", GhostApi + "Resources/PagesResource.cs"),
        ("/ghost/api/content/pages/{id}", GhostApi + "Resources/PagesResource.cs"),
        ("/ghost/api/content/pages/slug/{slug}", GhostApi + "Resources/PagesResource.cs"),
        ("/ghost/api/content/tags", GhostApi + "Resources/TagsResource.cs"),
        ("/ghost/api/content/tags/{id}", GhostApi + "Resources/TagsResource.cs"),
        ("/ghost/api/content/tags/slug/{slug}", GhostApi + "Resources/TagsResource.cs"),
        ("/ghost/api/content/authors", GhostApi + "Resources/AuthorsResource.cs"),
        ("/ghost/api/content/authors/{id}", GhostApi + "Resources/AuthorsResource.cs"),
        ("/ghost/api/content/authors/slug/{slug}", GhostApi + "Resources/AuthorsResource.cs"),
        ("/ghost/api/content/settings", GhostApi + "Resources/SiteSettings.cs"),
        ("/ghost/api/content/tiers", GhostApi + "Resources/Memberships.cs"),
        ("/ghost/api/content/newsletters", GhostApi + "Resources/Memberships.cs"),
        ("/ghost/api/content/{**path}", GhostApi + "ContentApiEndpoints.cs"),
        ("/api/apple-news/{slug}", AppleNews),
        ("/api/apple-news/changes", AppleNews),
        ("/api/consent/tags", "src/Marquee/Web/Consent/ConsentEndpoints.cs"),
        ("/ads/slots.css", "src/Marquee/Content/Ads/AdEndpoints.cs"),
        ("/media/{name:regex(^[0-9a-f]{{20}}-[0-9a-z-]+\\.(avif|webp|jpg)$)}", "src/Marquee/Media/Renditions/MediaEndpoints.cs"),
        ("/newsroom", Newsroom + "Dashboard/DashboardPage.cshtml"),
        ("/newsroom/login", Newsroom + "SignIn/LoginPage.cshtml"),
        ("/newsroom/login/two-factor", Newsroom + "SignIn/TwoFactorLoginPage.cshtml"),
        ("/newsroom/logout", Newsroom + "SignIn/LogoutPage.cshtml"),
        ("/newsroom/forgot-password", Newsroom + "SignIn/ForgotPasswordPage.cshtml"),
        ("/newsroom/reset-password", Newsroom + "SignIn/ResetPasswordPage.cshtml"),
        ("/newsroom/invitation", Newsroom + "SignIn/InvitationPage.cshtml"),
        ("/newsroom/account", Newsroom + "Account/AccountPage.cshtml"),
        ("/newsroom/account/two-factor", Newsroom + "Account/TwoFactorSetupPage.cshtml"),
        ("/newsroom/account/passkeys", Newsroom + "Account/PasskeysPage.cshtml"),
        ("/newsroom/staff", Newsroom + "Staff/StaffPage.cshtml"),
        ("/newsroom/keys", Newsroom + "Keys/KeysPage.cshtml"),
        ("/newsroom/articles", Newsroom + "Articles/ArticlesPage.cshtml"),
        ("/newsroom/articles/new", Newsroom + "Articles/NewArticlePage.cshtml"),
        ("/newsroom/articles/{id}", Newsroom + "Articles/EditorPage.cshtml"),
        ("/newsroom/articles/{id}/revisions", Newsroom + "Articles/RevisionsPage.cshtml"),
        ("/newsroom/live/{id}", Newsroom + "Live/LiveDeskPage.cshtml"),
        ("/newsroom/tags", Newsroom + "Taxonomy/TagsPage.cshtml"),
        ("/newsroom/authors", Newsroom + "Taxonomy/AuthorsPage.cshtml"),
        ("/newsroom/lookup/tags", Newsroom + "Lookup/LookupEndpoints.cs"),
        ("/newsroom/lookup/authors", Newsroom + "Lookup/LookupEndpoints.cs"),
        ("/newsroom/photos", Newsroom + "Photos/LibraryPage.cshtml"),
        ("/newsroom/photos/upload", Newsroom + "Photos/UploadPage.cshtml"),
        ("/newsroom/photos/{id}", Newsroom + "Photos/PhotoPage.cshtml"),
        ("/newsroom/photos/{id}/delete", Newsroom + "Photos/DeletePhotoPage.cshtml"),
        ("/tips", Tips + "Submissions/TipsPage.cshtml"),
        ("/tips/work", Tips + "Submissions/TipsEndpoints.cs"),
        ("/tips/keys", Tips + "Submissions/TipsEndpoints.cs"),
        ("/newsroom/tips", Tips + "Inbox/InboxPage.cshtml"),
        ("/newsroom/tips/{id}", Tips + "Inbox/TipPage.cshtml"),
        ("/newsroom/tips/key", Tips + "Keys/TipKeyPage.cshtml"),
        ("/newsroom/newsletters", "src/Marquee/Newsletters/Desk/ListsPage.cshtml"),
        ("/newsroom/newsletters/{id}", "src/Marquee/Newsletters/Desk/ListPage.cshtml"),
        ("/newsletters", "src/Marquee/Newsletters/SignUp/NewslettersPage.cshtml"),
        ("/newsletters/sign-up", "src/Marquee/Newsletters/SignUp/SignUpPage.cshtml"),
        ("/newsletters/confirm", "src/Marquee/Newsletters/SignUp/ConfirmPage.cshtml"),
        ("/newsletters/account", "src/Marquee/Newsletters/Account/AccountNewslettersPage.cshtml"),
        ("/newsletters/unsubscribe", "src/Marquee/Newsletters/Unsubscribe/UnsubscribePage.cshtml"),
    ];

    /// <summary>Routes that are not public pages: the error page the status-code pages re-execute into.</summary>
    public static readonly IReadOnlyList<(string Url, string File)> Internal = [("/error/{code:int}", "src/Marquee/Web/Errors/ErrorPage.cshtml")];

    [Fact]
    public void Every_contract_url_is_routed_and_nothing_else_is()
    {
        var routes = RouteTable.Of(server);

        Assert.Equal(Contract.Concat(Internal).Select(route => route.Url).Order(), routes);
    }

    [Fact]
    public void Every_url_names_a_file_that_exists()
    {
        var missing = Contract.Concat(Internal).Where(route => !File.Exists(Path.Combine(Repository.Root, route.File))).ToList();

        Assert.Empty(missing);
    }

    /// <summary>A Razor Page's route comes from its own file, so for pages the index can be checked against the route table.</summary>
    [Fact]
    public void A_page_url_names_the_page_that_answers_it()
    {
        var pages = server.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Select(endpoint => (Url: "/" + endpoint.RoutePattern.RawText?.TrimStart('/'), Page: endpoint.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(route => route.Page is not null)
            .Select(route => (route.Url, File: "src/Marquee" + route.Page!.RelativePath))
            .Distinct()
            .Order();

        Assert.Equal(Contract.Concat(Internal).Where(route => route.File.EndsWith(".cshtml", StringComparison.Ordinal)).Order(), pages);
    }

    [Fact]
    public void The_architecture_doc_lists_every_url_with_its_file()
    {
        Assert.Equal(Contract.Select(route => (route.Url, route.File)), ArchitectureDoc.Table("Where each URL is handled").Select(row => (row[0], row[1])));
    }
}
