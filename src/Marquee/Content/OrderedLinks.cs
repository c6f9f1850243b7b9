namespace Marquee.Content;

/// <summary>Brings an ordered link list (co-authors, tags) to a new order in place: kept rows are re-positioned, not re-created.</summary>
internal static class OrderedLinks
{
    public static void Sync<T>(List<T> links, IReadOnlyList<long> ids, Func<T, long> idOf, Func<long, T> create, Action<T, int> setPosition)
    {
        links.RemoveAll(link => !ids.Contains(idOf(link)));
        for (var position = 0; position < ids.Count; position++)
        {
            var link = links.Find(l => idOf(l) == ids[position]);
            if (link is null)
            {
                link = create(ids[position]);
                links.Add(link);
            }

            setPosition(link, position);
        }
    }
}
