using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// The home page's top stories (published, <c>is_top_story</c>, newest first) from a partial index. Without it the
/// query walked ix_articles_status_published_at over every published article and read each row, past its bodies,
/// for a flag few articles have: 0.56 s per cold home page at 100,000 articles (docs/performance.md).
/// </summary>
[Migration(2026_12_01_0002, "Index top stories")]
public sealed class M0003IndexTopStories : Migration
{
    public override void Up() =>
        Execute.Sql("CREATE INDEX ix_articles_top_stories ON articles (status, published_at DESC) WHERE is_top_story");

    public override void Down() => Delete.Index("ix_articles_top_stories").OnTable("articles");
}
