using System.Linq.Expressions;
using Marquee.Distribution.GhostContentApi.Nql;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>
/// What makes one Content API collection: its name in URLs and envelopes, the item name Ghost's not-found
/// message uses, how its ids and slugs are found, and what it can be filtered and ordered by.
/// </summary>
public sealed record GhostResourceShape<T>(
    string Name,
    string ItemName,
    GhostIdKind Kind,
    Expression<Func<T, long>> IdOf,
    Expression<Func<T, string>> SlugOf,
    NqlFields<T> Filters,
    GhostOrder<T> Orders);
