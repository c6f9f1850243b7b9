using Marquee.Newsroom.Access;
using Marquee.Newsroom.Staff;

namespace Marquee.Newsroom;

/// <summary>The newsroom: staff accounts on ASP.NET Core Identity, their roles as policies, and the pages under /newsroom.</summary>
public static class NewsroomDesk
{
    public static IServiceCollection AddNewsroom(this IServiceCollection services)
    {
        StaffIdentity.Add(services);
        services.AddAuthorization(NewsroomPolicies.AddTo);
        services.AddRateLimiter(SignInRateLimit.AddTo);
        services.AddScoped<AddStaffUser>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<StaffInvitations>();
        services.AddScoped<PasswordResets>();
        return services;
    }

    /// <summary>
    /// After routing and the output cache. There is no default authentication scheme: the newsroom policies
    /// name the staff cookie, so only newsroom endpoints read it and public pages never authenticate.
    /// </summary>
    public static WebApplication UseNewsroom(this WebApplication app)
    {
        app.UseMiddleware<NewsroomResponseHeaders>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
