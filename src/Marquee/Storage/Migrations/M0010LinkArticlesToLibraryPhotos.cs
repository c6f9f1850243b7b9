using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// An article's feature photo from the library (decision 0021): the photo it uses and the article's own
/// caption for it (null = the photo's). The feature_image_* columns keep a copy of the photo's public facts.
/// </summary>
[Migration(2026_12_01_0010, "Link articles to library photos")]
public sealed class M0010LinkArticlesToLibraryPhotos : Migration
{
    public override void Up()
    {
        // One statement both providers take: FluentMigrator cannot add a foreign key to an existing SQLite table, but SQLite's ADD COLUMN can carry one.
        Execute.Sql("ALTER TABLE articles ADD COLUMN feature_photo_id BIGINT NULL CONSTRAINT fk_articles_feature_photo REFERENCES photos (id)");
        Alter.Table("articles").AddColumn("feature_photo_caption").AsString(2000).Nullable();
        // Where-used and licence expiry look articles up by photo; most articles have none, so the index is partial.
        Execute.Sql("CREATE INDEX ix_articles_feature_photo_id ON articles (feature_photo_id) WHERE feature_photo_id IS NOT NULL");
    }

    public override void Down()
    {
        Execute.Sql("DROP INDEX ix_articles_feature_photo_id");
        Delete.Column("feature_photo_caption").Column("feature_photo_id").FromTable("articles");
    }
}
