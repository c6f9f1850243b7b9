using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.StaticPages;
using Marquee.Content.Tags;
using Marquee.Distribution.GhostContentApi.Keys;
using Marquee.Media.Photos;
using Marquee.Newsroom.Staff;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Storage;

/// <summary>
/// The one DbContext. Each desk owns its entities and their configuration; this applies them all.
/// Identity's user model comes from its base class, so staff accounts share transactions with everything else.
/// </summary>
public sealed class MarqueeDbContext(DbContextOptions<MarqueeDbContext> options) : IdentityUserContext<StaffUser, long>(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();

    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();

    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    public DbSet<OldPermalink> OldPermalinks => Set<OldPermalink>();

    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<StaticPage> StaticPages => Set<StaticPage>();

    public DbSet<CacheEviction> CacheEvictions => Set<CacheEviction>();

    public DbSet<ContentApiKey> ContentApiKeys => Set<ContentApiKey>();

    public DbSet<Photo> Photos => Set<Photo>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are UTC everywhere; SQLite hands back unspecified kinds, so say it once here.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveConversion<StoredTextConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MarqueeDbContext).Assembly);
        SnakeCaseNames.Apply(builder);
    }
}
