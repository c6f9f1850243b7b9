using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>Authors, tags, articles and their ordered relations, static pages, staff, eviction log.</summary>
[Migration(2026_11_24_0001, "Create content tables")]
public sealed class M0001CreateContent : Migration
{
    public override void Up()
    {
        Create.Table("authors")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("slug").AsString(200).NotNullable().Unique("ux_authors_slug")
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("bio").AsString(4000).Nullable()
            .WithColumn("photo_url").AsString(2000).Nullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();

        Create.Table("tags")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("slug").AsString(200).NotNullable().Unique("ux_tags_slug")
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("description").AsString(4000).Nullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();

        Create.Table("articles")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("slug").AsString(200).NotNullable().Unique("ux_articles_slug")
            .WithColumn("headline").AsString(500).NotNullable()
            .WithColumn("dek").AsString(1000).Nullable()
            .WithColumn("body_markdown").AsString(int.MaxValue).NotNullable()
            .WithColumn("body_html").AsString(int.MaxValue).NotNullable()
            .WithColumn("excerpt").AsString(2000).Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("is_top_story").AsBoolean().NotNullable().WithDefaultValue(false)
            .WithColumn("published_at").AsTimestamp().Nullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable()
            .WithColumn("primary_section_id").AsInt64().Nullable().ForeignKey("fk_articles_primary_section", "tags", "id").OnDelete(System.Data.Rule.SetNull)
            .WithColumn("feature_image_url").AsString(2000).Nullable()
            .WithColumn("feature_image_alt").AsString(1000).Nullable()
            .WithColumn("feature_image_caption").AsString(1000).Nullable()
            .WithColumn("feature_image_credit").AsString(300).Nullable()
            .WithColumn("seo_title").AsString(300).Nullable()
            .WithColumn("seo_description").AsString(500).Nullable()
            .WithColumn("source_key").AsString(300).Nullable().Unique("ux_articles_source_key");
        Create.Index("ix_articles_status_published_at").OnTable("articles")
            .OnColumn("status").Ascending().OnColumn("published_at").Descending();

        Create.Table("article_authors")
            .WithColumn("article_id").AsInt64().PrimaryKey().ForeignKey("fk_article_authors_article", "articles", "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("author_id").AsInt64().PrimaryKey().ForeignKey("fk_article_authors_author", "authors", "id")
            .WithColumn("position").AsInt32().NotNullable();
        Create.Index("ix_article_authors_author").OnTable("article_authors").OnColumn("author_id");

        Create.Table("article_tags")
            .WithColumn("article_id").AsInt64().PrimaryKey().ForeignKey("fk_article_tags_article", "articles", "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("tag_id").AsInt64().PrimaryKey().ForeignKey("fk_article_tags_tag", "tags", "id")
            .WithColumn("position").AsInt32().NotNullable();
        Create.Index("ix_article_tags_tag").OnTable("article_tags").OnColumn("tag_id");

        Create.Table("slug_redirects")
            .WithColumn("old_slug").AsString(200).PrimaryKey()
            .WithColumn("article_id").AsInt64().NotNullable().ForeignKey("fk_slug_redirects_article", "articles", "id").OnDelete(System.Data.Rule.Cascade);

        Create.Table("static_pages")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("slug").AsString(200).NotNullable().Unique("ux_static_pages_slug")
            .WithColumn("title").AsString(500).NotNullable()
            .WithColumn("body_markdown").AsString(int.MaxValue).NotNullable()
            .WithColumn("body_html").AsString(int.MaxValue).NotNullable()
            .WithColumn("is_published").AsBoolean().NotNullable()
            .WithColumn("seo_description").AsString(500).Nullable()
            .WithColumn("source_key").AsString(300).Nullable().Unique("ux_static_pages_source_key")
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();

        Create.Table("staff_users")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("email").AsString(320).NotNullable().Unique("ux_staff_users_email")
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("role").AsString(20).NotNullable()
            .WithColumn("password_hash").AsString(500).NotNullable()
            .WithColumn("created_at").AsTimestamp().NotNullable();

        Create.Table("cache_evictions")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("tags").AsString(int.MaxValue).NotNullable()
            .WithColumn("created_at").AsTimestamp().NotNullable();
    }

    public override void Down()
    {
        foreach (var table in new[] { "cache_evictions", "staff_users", "static_pages", "slug_redirects", "article_tags", "article_authors", "articles", "tags", "authors" })
        {
            Delete.Table(table);
        }
    }
}
