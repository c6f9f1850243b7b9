using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// The editorial workflow: an article's version (optimistic concurrency), unpublish time and creator;
/// its revisions and audit log; edit locks; and job failures the newsroom can see (decision 0016).
/// </summary>
[Migration(2026_12_01_0006, "Create editorial workflow")]
public sealed class M0006CreateEditorialWorkflow : Migration
{
    public override void Up()
    {
        Alter.Table("articles")
            .AddColumn("version").AsInt32().NotNullable().WithDefaultValue(1)
            .AddColumn("unpublish_at").AsTimestamp().Nullable()
            .AddColumn("created_by_staff_id").AsInt64().Nullable();
        // The takedown job looks every 250 ms; only the few articles with a time are in this index.
        Execute.Sql("CREATE INDEX ix_articles_unpublish_at ON articles (unpublish_at) WHERE unpublish_at IS NOT NULL");

        Create.Table("article_revisions")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("article_id").AsInt64().NotNullable().ForeignKey("fk_article_revisions_article", "articles", "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("version").AsInt32().NotNullable()
            .WithColumn("saved_at").AsTimestamp().NotNullable()
            .WithColumn("saved_by_staff_id").AsInt64().Nullable()
            .WithColumn("saved_by").AsString(200).NotNullable()
            .WithColumn("content").AsString(int.MaxValue).NotNullable();
        Create.Index("ux_article_revisions_article_version").OnTable("article_revisions")
            .OnColumn("article_id").Ascending().OnColumn("version").Ascending().WithOptions().Unique();

        Create.Table("article_transitions")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("article_id").AsInt64().NotNullable().ForeignKey("fk_article_transitions_article", "articles", "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("changed_at").AsTimestamp().NotNullable()
            .WithColumn("staff_user_id").AsInt64().Nullable()
            .WithColumn("actor").AsString(200).NotNullable()
            .WithColumn("from_state").AsString(20).NotNullable()
            .WithColumn("to_state").AsString(20).NotNullable()
            .WithColumn("note").AsString(2000).Nullable();
        Create.Index("ix_article_transitions_article").OnTable("article_transitions").OnColumn("article_id");

        Create.Table("article_locks")
            .WithColumn("article_id").AsInt64().PrimaryKey().ForeignKey("fk_article_locks_article", "articles", "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("token").AsString(32).NotNullable()
            .WithColumn("staff_user_id").AsInt64().NotNullable()
            .WithColumn("holder_name").AsString(200).NotNullable()
            .WithColumn("expires_at").AsTimestamp().NotNullable();

        Create.Table("job_failures")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("job").AsString(100).NotNullable()
            .WithColumn("subject").AsString(500).Nullable()
            .WithColumn("message").AsString(2000).NotNullable()
            .WithColumn("failed_at").AsTimestamp().NotNullable()
            .WithColumn("times").AsInt32().NotNullable();
        Create.Index("ix_job_failures_failed_at").OnTable("job_failures").OnColumn("failed_at");
    }

    public override void Down()
    {
        foreach (var table in new[] { "job_failures", "article_locks", "article_transitions", "article_revisions" })
        {
            Delete.Table(table);
        }

        Execute.Sql("DROP INDEX ix_articles_unpublish_at");
        Delete.Column("created_by_staff_id").FromTable("articles");
        Delete.Column("unpublish_at").FromTable("articles");
        Delete.Column("version").FromTable("articles");
    }
}
