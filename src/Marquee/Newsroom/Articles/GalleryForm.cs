using System.Globalization;
using Marquee.Content;
using Marquee.Content.Galleries;

namespace Marquee.Newsroom.Articles;

/// <summary>
/// A gallery's photos in the editor's form: rows in order, the chosen cover, and the button pressed —
/// "add:ID", "up:ID", "down:ID" or "remove:ID" — applied before the save, so every change is a normal save.
/// </summary>
public sealed class GalleryForm
{
    public List<GalleryItemForm> Items { get; set; } = [];

    /// <summary>The photo chosen as cover; none = the first shown.</summary>
    public long? Cover { get; set; }

    public string? Action { get; set; }

    /// <summary>Words to find in the library's captions, credits and keywords.</summary>
    public string? Search { get; set; }

    public static GalleryForm From(IReadOnlyList<GalleryItemInput> items) => new()
    {
        Items = [.. items.Select(i => new GalleryItemForm { PhotoId = i.PhotoId, Caption = i.Caption })],
        Cover = items.FirstOrDefault(i => i.IsCover)?.PhotoId,
    };

    public IReadOnlyList<GalleryItemInput> ToInput()
    {
        var ids = Items.Select(i => i.PhotoId).ToList();
        var captions = Items.GroupBy(i => i.PhotoId).ToDictionary(g => g.Key, g => g.First().Caption);
        if (Action is { Length: > 0 } action)
        {
            Apply(action, ids);
        }

        return [.. ids.Select(id => new GalleryItemInput(id, captions.GetValueOrDefault(id), id == Cover))];
    }

    private static void Apply(string action, List<long> ids)
    {
        var parts = action.Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new ContentValidationException($"the gallery action '{action}' is not one the editor sends");
        }

        var at = ids.IndexOf(id);
        switch (parts[0])
        {
            case "add" when at < 0:
                ids.Add(id);
                break;
            case "remove" when at >= 0:
                ids.RemoveAt(at);
                break;
            case "up" when at > 0:
                (ids[at - 1], ids[at]) = (ids[at], ids[at - 1]);
                break;
            case "down" when at >= 0 && at < ids.Count - 1:
                (ids[at + 1], ids[at]) = (ids[at], ids[at + 1]);
                break;
        }
    }
}
