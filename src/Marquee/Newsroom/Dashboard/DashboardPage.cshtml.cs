using Marquee.Content.Articles;
using Marquee.Media.Photos;
using Marquee.Newsroom.Articles;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Photos;
using Marquee.Newsroom.Staff;
using Marquee.Platform.Jobs;

namespace Marquee.Newsroom.Dashboard;

/// <summary>The newsroom's front page: who is signed in, what their role lets them do, and the lists a shift starts from.</summary>
public sealed class DashboardPage(ArticleList list, JobFailures failures, PhotoQueries photos, IPhotoUsages usages, TimeProvider clock) : NewsroomPageModel
{
    private const int ListLength = 10;

    /// <summary>How far back the notice of ended photo licences looks: a week covers a weekend away.</summary>
    private static readonly TimeSpan ExpiredNoticeSpan = TimeSpan.FromDays(7);

    public string Name { get; private set; } = "";

    public StaffRole Role { get; private set; }

    public IReadOnlyList<ArticleListRow> MyDrafts { get; private set; } = [];

    public IReadOnlyList<ArticleListRow> InReview { get; private set; } = [];

    public IReadOnlyList<ArticleListRow> Scheduled { get; private set; } = [];

    public IReadOnlyList<ArticleListRow> RecentlyPublished { get; private set; } = [];

    /// <summary>Background jobs that failed lately; only editors see them (they can act on the articles involved).</summary>
    public IReadOnlyList<JobFailure> Failures { get; private set; } = [];

    /// <summary>Photos whose licence ended lately, so public pages no longer show them, and where they were used.</summary>
    public IReadOnlyList<Photo> ExpiredPhotos { get; private set; } = [];

    public ILookup<long, PhotoUse> ExpiredPhotoUses { get; private set; } = Array.Empty<PhotoUse>().ToLookup(u => u.PhotoId);

    public VisibleUses UsesOf(long photoId) => VisibleUses.For(ExpiredPhotoUses[photoId], Actor);

    public async Task OnGetAsync()
    {
        Name = StaffClaims.DisplayNameOf(User);
        Role = StaffClaims.RoleOf(User) ?? StaffRole.Contributor;
        var reader = Actor;
        MyDrafts = await ListAsync(new ArticleListFilter { Reader = reader, State = EditorialState.Draft, CreatedByStaffId = reader.StaffUserId });
        InReview = await ListAsync(new ArticleListFilter { Reader = reader, State = EditorialState.InReview });
        Scheduled = await ListAsync(new ArticleListFilter { Reader = reader, State = EditorialState.Scheduled });
        RecentlyPublished = await ListAsync(new ArticleListFilter { Reader = reader, State = EditorialState.Published, ByPublication = true });
        ExpiredPhotos = await photos.ExpiredSinceAsync(clock.GetUtcNow().UtcDateTime - ExpiredNoticeSpan, ListLength, HttpContext.RequestAborted);
        ExpiredPhotoUses = await usages.OfAsync([.. ExpiredPhotos.Select(p => p.Id)], HttpContext.RequestAborted);
        if (Role >= StaffRole.Editor)
        {
            Failures = await failures.RecentAsync(ListLength, HttpContext.RequestAborted);
        }
    }

    private async Task<IReadOnlyList<ArticleListRow>> ListAsync(ArticleListFilter filter) =>
        (await list.ListAsync(filter, 1, ListLength, HttpContext.RequestAborted)).Items;
}
