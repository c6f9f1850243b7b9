using Marquee.Newsroom.Access;
using Marquee.Newsroom.Articles;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Locks;
using Marquee.Newsroom.Lookup;
using Marquee.Newsroom.Photos;
using Marquee.Newsroom.Sessions;
using Marquee.Newsroom.SignIn;
using Marquee.Newsroom.Staff;
using Marquee.Newsroom.Workflow;
using Marquee.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Marquee.Newsroom;

/// <summary>The newsroom: staff accounts on ASP.NET Core Identity, their roles as policies, and the pages under /newsroom.</summary>
public static class NewsroomDesk
{
    public static IServiceCollection AddNewsroom(this IServiceCollection services)
    {
        services.BindOptions<NewsroomOptions>(NewsroomOptions.Section);
        services.BindOptions<EditingOptions>(EditingOptions.Section);
        StaffIdentity.Add(services);
        services.AddAuthorization(NewsroomPolicies.AddTo);
        services.AddRateLimiter(SignInRateLimit.AddTo);
        // First in the pipeline, so redirects and refusals from authorization are marked no-store too.
        services.AddTransient<IStartupFilter, NewsroomResponseHeadersFilter>();
        // asp-for as the forms were written: no jQuery validation attributes (none is shipped), and no hidden "false"
        // after a check box (an unchecked box posts nothing, which binds as false).
        services.Configure<MvcViewOptions>(views =>
        {
            views.HtmlHelperOptions.ClientValidationEnabled = false;
            views.HtmlHelperOptions.CheckBoxHiddenInputRenderMode = CheckBoxHiddenInputRenderMode.None;
        });
        services.AddScoped<AddStaffUser>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<StaffInvitations>();
        services.AddScoped<PasswordResets>();
        services.AddSingleton<PasswordResetMailQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<PasswordResetMailQueue>());
        services.AddScoped<SignInFailures>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<StaffPasskeys>();
        services.AddScoped<ActiveSessions>();
        services.AddScoped<ArticleList>();
        services.AddSingleton<NewsroomTimeZone>();
        services.AddScoped<EditPhoto>();
        return services.AddEditorialWorkflow();
    }

    /// <summary>
    /// After the platform's routing, output cache, authentication and authorization. There is no default
    /// authentication scheme: the newsroom policies name the staff cookie, so public pages never authenticate.
    /// </summary>
    public static WebApplication UseNewsroom(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The newsroom's JSON endpoints; its pages are Razor Pages, mapped with the rest.</summary>
    public static WebApplication MapNewsroom(this WebApplication app)
    {
        app.MapLookup();
        return app;
    }
}
