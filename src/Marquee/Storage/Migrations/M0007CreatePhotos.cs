using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>The photo library: metadata, focal point, licence, and whether renditions are made (so a restart resumes them).</summary>
[Migration(2026_12_01_0007, "Create photos")]
public sealed class M0007CreatePhotos : Migration
{
    public override void Up()
    {
        Create.Table("photos")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("content_hash").AsString(64).NotNullable().Unique("ux_photos_content_hash")
            .WithColumn("original_format").AsString(10).NotNullable()
            .WithColumn("width").AsInt32().NotNullable()
            .WithColumn("height").AsInt32().NotNullable()
            .WithColumn("caption").AsString(2000).Nullable()
            .WithColumn("alt_text").AsString(1000).Nullable()
            .WithColumn("credit").AsString(300).Nullable()
            .WithColumn("source").AsString(300).Nullable()
            .WithColumn("keywords").AsString(2000).NotNullable()
            .WithColumn("search_text").AsString(4400).NotNullable()
            .WithColumn("licence_expires_at").AsTimestamp().Nullable()
            .WithColumn("focal_x").AsDouble().NotNullable()
            .WithColumn("focal_y").AsDouble().NotNullable()
            .WithColumn("created_by").AsString(300).NotNullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("renditions_made_at").AsTimestamp().Nullable()
            .WithColumn("rendition_failure").AsString(2000).Nullable();

        Create.Index("ix_photos_pending_renditions").OnTable("photos").OnColumn("renditions_made_at").Ascending();
    }

    public override void Down() => Delete.Table("photos");
}
