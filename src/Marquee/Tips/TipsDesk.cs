using Marquee.Platform;
using Marquee.Tips.Access;
using Marquee.Tips.Inbox;
using Marquee.Tips.Keys;
using Marquee.Tips.Submissions;

namespace Marquee.Tips;

/// <summary>The confidential tip line: sources' tips sealed on arrival, and the newsroom's tip desk that alone can open them.</summary>
public static class TipsDesk
{
    public static IServiceCollection AddTips(this IServiceCollection services)
    {
        services.BindOptions<TipsOptions>(TipsOptions.Section);
        services.AddAuthorization(TipsPermission.AddTo);
        services.AddScoped<TipDeskMembers>();
        services.AddScoped<TipAudit>();
        services.AddScoped<TipKeys>();
        services.AddScoped<TipHandover>();
        services.AddSingleton<TipKeyring>();
        // First in the pipeline, so the tip line's headers hold on refusals and error pages too.
        services.AddTransient<IStartupFilter, TipsResponseHeadersFilter>();
        services.AddSingleton<TipFloodGate>();
        services.AddSingleton<TipFileSealer>();
        services.AddScoped<TipArrivals>();
        services.AddScoped<SubmitTip>();
        services.AddScoped<ReceiveSealedTip>();
        services.AddScoped<TipInbox>();
        services.AddScoped<TipReader>();
        services.AddScoped<TipActions>();
        services.AddScoped<TipShredder>();
        services.AddHostedService<TipRetention>();
        return services;
    }

    public static WebApplication MapTips(this WebApplication app)
    {
        app.MapTipLine();
        return app;
    }
}
