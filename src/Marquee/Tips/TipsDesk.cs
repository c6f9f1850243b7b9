using Marquee.Platform;
using Marquee.Tips.Access;
using Marquee.Tips.Inbox;
using Marquee.Tips.Keys;

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
        services.AddSingleton<TipKeyring>();
        return services;
    }
}
