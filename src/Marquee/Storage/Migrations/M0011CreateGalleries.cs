using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>Galleries are articles of another kind (decision 0022): the article's kind, and a gallery's photos in order.</summary>
[Migration(2026_12_01_0011, "Create galleries")]
public sealed class M0011CreateGalleries : Migration
{
    public override void Up()
    {
        Alter.Table("articles")
            .AddColumn("kind").AsString(10).NotNullable().WithDefaultValue("story");

        Create.Table("gallery_items")
            .WithColumn("article_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_gallery_items_article", "articles", "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("photo_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_gallery_items_photo", "photos", "id")
            .WithColumn("position").AsInt32().NotNullable()
            .WithColumn("caption").AsString(2000).Nullable()
            .WithColumn("is_cover").AsBoolean().NotNullable();
        // Where a photo is used: the media library's question, and the eviction of pages showing it.
        Create.Index("ix_gallery_items_photo").OnTable("gallery_items").OnColumn("photo_id");
    }

    public override void Down()
    {
        Delete.Table("gallery_items");
        Delete.Column("kind").FromTable("articles");
    }
}
