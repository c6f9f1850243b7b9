using Marquee.Newsletters.Access;
using Marquee.Newsletters.Audit;
using Marquee.Newsletters.Lists;

namespace Marquee.Newsletters;

/// <summary>Newsletters: lists managed in the newsroom, readers' subscriptions to them, and the digests they receive.</summary>
public static class NewslettersDesk
{
    public static IServiceCollection AddNewsletters(this IServiceCollection services)
    {
        services.AddAuthorization(NewslettersPermission.AddTo);
        services.AddScoped<NewsletterAudit>();
        services.AddScoped<NewsletterLists>();
        return services;
    }
}
