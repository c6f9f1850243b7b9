namespace Marquee.Newsletters.Subscriptions;

public enum ConsentAction
{
    Subscribed = 1,
    Unsubscribed = 2,
}
