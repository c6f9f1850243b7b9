using System.Globalization;
using Marquee.Media.Photos;
using Marquee.Newsroom.Layout;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Photos;

/// <summary>
/// The media library: a grid of thumbnails, newest first, searched by caption, credit or keyword and filtered
/// (expired, missing alt text or credit, unused), each photo with where it is used. The editor's photo
/// picker reads this same page.
/// </summary>
public sealed class LibraryPage(PhotoQueries photos, IPhotoUsages usages, TimeProvider clock) : NewsroomPageModel
{
    public const int PageSize = 48;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public LibraryFilter Filter { get; set; }

    public PhotoResults Results { get; private set; } = new([], 1, false);

    public ILookup<long, PhotoUse> Uses { get; private set; } = Array.Empty<PhotoUse>().ToLookup(u => u.PhotoId);

    public VisibleUses UsesOf(long photoId) => VisibleUses.For(Uses[photoId], Actor);

    public DateTime Now { get; private set; }

    public async Task OnGetAsync(long? deleted)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        var search = new PhotoSearch
        {
            Text = Search ?? "",
            OnlyExpired = Filter == LibraryFilter.Expired,
            OnlyMissingAlt = Filter == LibraryFilter.MissingAlt,
            OnlyMissingCredit = Filter == LibraryFilter.MissingCredit,
            OnlyUnused = Filter == LibraryFilter.Unused,
            Page = PageNumber,
            PageSize = PageSize,
        };
        Results = await photos.ListAsync(search, HttpContext.RequestAborted);
        Uses = await usages.OfAsync([.. Results.Photos.Select(p => p.Id)], HttpContext.RequestAborted);
        if (deleted is { } id)
        {
            Notice = $"Photo {id} and its files were deleted.";
        }
    }

    /// <summary>The link to another page of the same search.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Search,
        ["Filter"] = Filter == LibraryFilter.All ? null : Filter.ToString(),
        ["page"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
