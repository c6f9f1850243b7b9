using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>Newsletter lists managed in the newsroom and their audit log (decision 0084).</summary>
[Migration(2026_12_07_0030, "Create newsletter lists and their audit log")]
public sealed class M0030CreateNewsletters : Migration
{
    public override void Up()
    {
        Create.Table("newsletter_lists")
            .WithColumn("id").AsInt64().PrimaryKey("pk_newsletter_lists").Identity()
            .WithColumn("slug").AsString(80).NotNullable().Unique("ux_newsletter_lists_slug")
            .WithColumn("name").AsString(80).NotNullable()
            .WithColumn("description").AsString(300).NotNullable()
            .WithColumn("cadence").AsString(10).NotNullable()
            .WithColumn("weekday").AsString(10).NotNullable()
            .WithColumn("send_at").AsInt32().NotNullable()
            .WithColumn("is_active").AsBoolean().NotNullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();
        Create.Table("newsletter_events")
            .WithColumn("id").AsInt64().PrimaryKey("pk_newsletter_events").Identity()
            .WithColumn("list_id").AsInt64().Nullable().Indexed("ix_newsletter_events_list")
            .WithColumn("staff_user_id").AsInt64().Nullable()
            .WithColumn("actor").AsString(200).NotNullable()
            .WithColumn("action").AsString(300).NotNullable()
            .WithColumn("at").AsTimestamp().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("newsletter_events");
        Delete.Table("newsletter_lists");
    }
}
