namespace Marquee.Newsletters.Subscriptions;

/// <summary>A list an address receives, as the account page and the export show it.</summary>
public sealed record SubscribedList(long ListId, string Name, string Slug, DateTime Since);
