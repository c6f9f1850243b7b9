using System.Linq.Expressions;

namespace Marquee.Distribution.GhostContentApi;

/// <summary>
/// The properties a resource can be ordered by (`order=published_at desc,title asc`), each applied in the
/// database, with the id as the last key so pages never overlap or skip.
/// </summary>
public sealed class GhostOrder<T>(string defaultOrder, Expression<Func<T, long>> tieBreaker)
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, bool, IQueryable<T>>> _keys = new(StringComparer.Ordinal);

    public GhostOrder<T> By<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _keys[name] = (query, descending, first) => (first, descending) switch
        {
            (true, false) => query.OrderBy(key),
            (true, true) => query.OrderByDescending(key),
            (false, false) => ((IOrderedQueryable<T>)query).ThenBy(key),
            (false, true) => ((IOrderedQueryable<T>)query).ThenByDescending(key),
        };
        return this;
    }

    public IQueryable<T> Apply(IQueryable<T> query, string? order)
    {
        var first = true;
        foreach (var (name, descending) in Parse(string.IsNullOrWhiteSpace(order) ? defaultOrder : order))
        {
            query = _keys[name](query, descending, first);
            first = false;
        }

        return ((IOrderedQueryable<T>)query).ThenByDescending(tieBreaker);
    }

    private IEnumerable<(string Name, bool Descending)> Parse(string order)
    {
        foreach (var clause in order.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var name = words[0].ToLowerInvariant();
            var direction = words.Length > 1 ? words[1].ToLowerInvariant() : "asc";
            if (!_keys.ContainsKey(name) || words.Length > 2 || direction is not ("asc" or "desc"))
            {
                throw GhostApiException.BadRequest("Invalid order", $"'{clause}' is not 'property asc|desc'; orderable: {string.Join(", ", _keys.Keys.Order())}");
            }

            yield return (name, direction == "desc");
        }
    }
}
