using System.Data;
using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>Live coverage (decision 0054): a live story is an article of kind "live" with its coverage times and version, and its entries.</summary>
[Migration(2026_12_07_0018, "Create live coverage")]
public sealed class M0018CreateLiveCoverage : Migration
{
    public override void Up()
    {
        Create.Table("live_stories")
            .WithColumn("article_id").AsInt64().PrimaryKey("pk_live_stories").ForeignKey("fk_live_stories_article", "articles", "id").OnDelete(Rule.Cascade)
            .WithColumn("coverage_started_at").AsTimestamp().Nullable()
            .WithColumn("coverage_ended_at").AsTimestamp().Nullable()
            .WithColumn("version").AsInt32().NotNullable();

        Create.Table("live_entries")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("article_id").AsInt64().NotNullable().ForeignKey("fk_live_entries_story", "live_stories", "article_id").OnDelete(Rule.Cascade)
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("edited_at").AsTimestamp().Nullable()
            .WithColumn("title").AsString(300).Nullable()
            .WithColumn("body_markdown").AsString(int.MaxValue).NotNullable()
            .WithColumn("body_html").AsString(int.MaxValue).NotNullable()
            .WithColumn("photo_id").AsInt64().Nullable().ForeignKey("fk_live_entries_photo", "photos", "id")
            .WithColumn("is_key_event").AsBoolean().NotNullable()
            .WithColumn("is_pinned").AsBoolean().NotNullable()
            .WithColumn("is_deleted").AsBoolean().NotNullable()
            .WithColumn("version").AsInt32().NotNullable()
            .WithColumn("changed_in_version").AsInt32().NotNullable()
            .WithColumn("created_by_staff_id").AsInt64().Nullable();
        // A page of entries by cursor, and what changed since a version: each one range of an index, however long the story.
        Create.Index("ix_live_entries_story_id").OnTable("live_entries").OnColumn("article_id").Ascending().OnColumn("id").Ascending();
        Create.Index("ix_live_entries_story_version").OnTable("live_entries").OnColumn("article_id").Ascending().OnColumn("changed_in_version").Ascending();
        // Where a photo is used: the media library's question.
        Create.Index("ix_live_entries_photo").OnTable("live_entries").OnColumn("photo_id");

        Create.Table("live_entry_authors")
            .WithColumn("entry_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_live_entry_authors_entry", "live_entries", "id").OnDelete(Rule.Cascade)
            .WithColumn("author_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_live_entry_authors_author", "authors", "id")
            .WithColumn("position").AsInt32().NotNullable();
        Create.Index("ix_live_entry_authors_author").OnTable("live_entry_authors").OnColumn("author_id");

        Create.Table("live_entry_revisions")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("entry_id").AsInt64().NotNullable().ForeignKey("fk_live_entry_revisions_entry", "live_entries", "id").OnDelete(Rule.Cascade)
            .WithColumn("changed_at").AsTimestamp().NotNullable()
            .WithColumn("staff_user_id").AsInt64().Nullable()
            .WithColumn("actor").AsString(200).NotNullable()
            .WithColumn("change").AsString(20).NotNullable()
            .WithColumn("title").AsString(300).Nullable()
            .WithColumn("body_markdown").AsString(int.MaxValue).NotNullable();
        Create.Index("ix_live_entry_revisions_entry").OnTable("live_entry_revisions").OnColumn("entry_id");
    }

    public override void Down()
    {
        foreach (var table in new[] { "live_entry_revisions", "live_entry_authors", "live_entries", "live_stories" })
        {
            Delete.Table(table);
        }
    }
}
