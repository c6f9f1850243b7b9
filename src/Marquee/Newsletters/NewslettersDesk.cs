using Marquee.Newsletters.Access;
using Marquee.Newsletters.Audit;
using Marquee.Newsletters.Lists;
using Marquee.Newsletters.Sending;
using Marquee.Newsletters.Subscriptions;
using Marquee.Newsletters.Unsubscribe;
using Marquee.Readers.Accounts;

namespace Marquee.Newsletters;

/// <summary>Newsletters: lists managed in the newsroom, readers' subscriptions to them, and the digests they receive.</summary>
public static class NewslettersDesk
{
    public static IServiceCollection AddNewsletters(this IServiceCollection services)
    {
        services.AddAuthorization(NewslettersPermission.AddTo);
        services.AddScoped<NewsletterAudit>();
        services.AddScoped<NewsletterLists>();
        services.AddScoped<NewsletterSubscriptions>();
        services.AddScoped<NewsletterSignUps>();
        services.AddScoped<Suppressions>();
        services.AddScoped<Unsubscribes>();
        services.AddScoped<NewsletterRecipients>();
        services.AddScoped<IReaderData, NewsletterReaderData>();
        return services;
    }
}
