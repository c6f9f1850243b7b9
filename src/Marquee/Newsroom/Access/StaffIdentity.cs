using Marquee.Newsroom.Sessions;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marquee.Newsroom.Access;

/// <summary>ASP.NET Core Identity for staff, on MarqueeDbContext: password policy, lockout, cookies, token lifetimes.</summary>
internal static class StaffIdentity
{
    public const int LockoutFailures = 5;

    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    public static void Add(IServiceCollection services)
    {
        services.AddAuthentication().AddIdentityCookies();
        services.AddIdentityCore<StaffUser>(ConfigureIdentity)
            .AddUserStore<StaffUserStore>()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddErrorDescriber<StaffErrorDescriber>()
            .AddPasswordValidator<PersonalPasswordValidator>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);
        services.ConfigureApplicationCookie(ConfigureCookie);
        services.AddSingleton<StaffSessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<StaffSessionStore>((o, store) => o.SessionStore = store);
        // Every request checks the person's security stamp: a changed password, role or state, or "sign out everywhere", ends their other sessions.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<NewsroomOptions>>((o, newsroom) => o.TokenLifespan = newsroom.Value.PasswordResetLifetime);
        // Empty leaves Identity's default, the request's host: right for one newsroom address.
        services.AddOptions<IdentityPasskeyOptions>()
            .Configure<IOptions<NewsroomOptions>>((o, newsroom) => o.ServerDomain = newsroom.Value.PasskeyDomain is { Length: > 0 } domain ? domain : null);
        services.AddOptions<InvitationTokenProviderOptions>()
            .Configure<IOptions<NewsroomOptions>>((o, newsroom) =>
            {
                o.Name = InvitationTokenProvider.ProviderName;
                o.TokenLifespan = newsroom.Value.InvitationLifetime;
            });
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        options.Password.RequiredLength = StaffAccountRules.MinPasswordLength;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = LockoutFailures;
        options.Lockout.DefaultLockoutTimeSpan = LockoutTime;
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        // Version 3 adds passkeys to the model (M0008); every host builds Identity here, so the model is the same everywhere.
        options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "marquee-staff";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.CookieManager = new HostPrefixedCookieManager();
        options.LoginPath = NewsroomPaths.Login;
        options.LogoutPath = NewsroomPaths.Logout;
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        options.SlidingExpiration = true;
        options.Events.OnValidatePrincipal = async context =>
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            // The validator asks for a new cookie on every request; with the ticket in the database that would be a
            // write each time, and sliding expiration already renews the session once half its time has gone.
            context.ShouldRenew = false;
        };
        options.Events.OnRedirectToAccessDenied = context =>
        {
            // A signed-in person without the role gets a plain refusal, not a bounce to a page.
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
