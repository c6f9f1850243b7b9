using Marquee.Platform;
using Marquee.Platform.Caching;
using Marquee.Web.Consent;
using Marquee.Web.Layout;

namespace Marquee.Web;

/// <summary>Razor Pages from every desk folder (RootDirectory "/"), the shared layout, the consent banner and the error pages.</summary>
public static class WebDesk
{
    public static IServiceCollection AddWeb(this IServiceCollection services)
    {
        services.AddRazorPages(pages => pages.RootDirectory = "/");
        services.BindOptions<ConsentOptions>(ConsentOptions.Section);
        services.AddScoped<SiteChrome>();
        services.AddEvictionListener<SiteNavigationSnapshot>();
        return services;
    }

    public static WebApplication UseWebErrors(this WebApplication app)
    {
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }

    public static WebApplication MapWeb(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapConsent();
        return app;
    }
}
