using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// The index EF's convention gives the primary section's foreign key, which M0001 never created: without it, deleting a
/// tag (ON DELETE SET NULL) or asking which articles a section heads reads every article.
/// </summary>
[Migration(2026_12_07_0016, "Index articles' primary section")]
public sealed class M0016IndexPrimarySection : Migration
{
    private const string Name = "ix_articles_primary_section_id";

    public override void Up() => Create.Index(Name).OnTable("articles").OnColumn("primary_section_id");

    public override void Down() => Delete.Index(Name).OnTable("articles");
}
