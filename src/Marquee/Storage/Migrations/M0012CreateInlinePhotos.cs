using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>The library photos a story's body embeds ({{photo N}}), kept in step with the body on every save (decision 0023).</summary>
[Migration(2026_12_01_0012, "Create inline photos")]
public sealed class M0012CreateInlinePhotos : Migration
{
    public override void Up()
    {
        Create.Table("inline_photos")
            .WithColumn("article_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_inline_photos_article", "articles", "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("photo_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_inline_photos_photo", "photos", "id");
        // Where a photo is used: the media library's question, and the eviction of pages showing it.
        Create.Index("ix_inline_photos_photo").OnTable("inline_photos").OnColumn("photo_id");
    }

    public override void Down() => Delete.Table("inline_photos");
}
