using Marquee.Platform;
using Marquee.Readers.Account;
using Marquee.Readers.Accounts;
using Marquee.Readers.Consent;
using Marquee.Readers.Mail;
using Marquee.Readers.Passkeys;
using Marquee.Readers.Sessions;
using Marquee.Readers.SignIn;
using Microsoft.AspNetCore.Authentication;

namespace Marquee.Readers;

/// <summary>Readers: accounts proven by mailed codes and signed into by passkeys, their own cookie and scheme, /account and /me.</summary>
public static class ReadersDesk
{
    public static IServiceCollection AddReaders(this IServiceCollection services)
    {
        services.BindOptions<ReaderOptions>(ReaderOptions.Section);
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ReaderAuthentication>(ReaderAuthentication.SchemeName, null);
        services.AddScoped<SignInCodes>();
        services.AddSingleton<BlockedDomains>();
        services.AddSingleton<CodeRequestGate>();
        services.AddScoped<ReaderAccounts>();
        services.AddScoped<ReaderSessions>();
        services.AddScoped<PasskeyChallenges>();
        services.AddScoped<ReaderPasskeys>();
        services.AddSingleton<RelyingParty>();
        services.AddScoped<ConsentReceipts>();
        services.AddScoped<IReaderData, ConsentReceiptData>();
        services.AddSingleton<ReaderMailQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<ReaderMailQueue>());
        return services;
    }

    /// <summary>The readers' JSON endpoints; their pages are Razor Pages, mapped with the rest.</summary>
    public static WebApplication MapReaders(this WebApplication app)
    {
        app.MapReaderEndpoints();
        app.MapConsentReceipts();
        return app;
    }
}
