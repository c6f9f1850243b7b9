using System.Data;
using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// Reads per article and minute (decision 0075), the sum of every node's batched counts: the most-read rail and the
/// newsroom's reading figures come from it. Rows older than a day are removed as counts are flushed.
/// </summary>
[Migration(2026_12_07_0025, "Create article reads")]
public sealed class M0025CreateArticleReads : Migration
{
    public override void Up()
    {
        Create.Table("article_reads")
            .WithColumn("article_id").AsInt64().PrimaryKey().ForeignKey("fk_article_reads_article", "articles", "id").OnDelete(Rule.Cascade)
            .WithColumn("minute").AsTimestamp().PrimaryKey()
            .WithColumn("reads").AsInt32().NotNullable();
        Create.Index("ix_article_reads_minute").OnTable("article_reads").OnColumn("minute").Ascending();
    }

    public override void Down() => Delete.Table("article_reads");
}
