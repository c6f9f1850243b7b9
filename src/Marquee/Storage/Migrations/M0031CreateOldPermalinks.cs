using System.Data;
using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>Imported articles' paths on their old site (WordPress permalinks, decision 0086), each answering 301 to the article: the path is the key of the one lookup a request no route matched makes.</summary>
[Migration(2026_12_07_0031, "Create imported articles' old permalinks")]
public sealed class M0031CreateOldPermalinks : Migration
{
    public override void Up() =>
        Create.Table("old_permalinks")
            .WithColumn("path").AsString(400).PrimaryKey("pk_old_permalinks")
            .WithColumn("article_id").AsInt64().NotNullable().ForeignKey("fk_old_permalinks_article", "articles", "id").OnDelete(Rule.Cascade).Indexed("ix_old_permalinks_article");

    public override void Down() => Delete.Table("old_permalinks");
}
