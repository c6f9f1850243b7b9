using System.Data;
using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>Newsletter lists managed in the newsroom and their audit log (decision 0084); readers' subscriptions, sign-ups and consent log (0085).</summary>
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
        CreateSubscriptions();
    }

    /// <summary>Subscriptions exist only once confirmed; sign-ups wait for their mailed link; the consent log keeps both directions.</summary>
    private void CreateSubscriptions()
    {
        Create.Table("newsletter_subscriptions")
            .WithColumn("id").AsInt64().PrimaryKey("pk_newsletter_subscriptions").Identity()
            .WithColumn("list_id").AsInt64().NotNullable().ForeignKey("fk_newsletter_subscriptions_list", "newsletter_lists", "id").OnDelete(Rule.Cascade)
            .WithColumn("email").AsString(254).NotNullable().Indexed("ix_newsletter_subscriptions_email")
            .WithColumn("unsubscribe_token").AsString(64).NotNullable().Unique("ux_newsletter_subscriptions_token")
            .WithColumn("confirmed_at").AsTimestamp().NotNullable()
            .WithColumn("ended_at").AsTimestamp().Nullable();
        Create.Index("ux_newsletter_subscriptions_list_email").OnTable("newsletter_subscriptions").OnColumn("list_id").Ascending().OnColumn("email").Ascending().WithOptions().Unique();
        Create.Table("newsletter_consents")
            .WithColumn("id").AsInt64().PrimaryKey("pk_newsletter_consents").Identity()
            .WithColumn("email").AsString(254).NotNullable().Indexed("ix_newsletter_consents_email")
            .WithColumn("list_id").AsInt64().NotNullable()
            .WithColumn("action").AsString(20).NotNullable()
            .WithColumn("form").AsString(40).NotNullable()
            .WithColumn("wording_version").AsString(20).NotNullable()
            .WithColumn("at").AsTimestamp().NotNullable();
        Create.Table("newsletter_sign_ups")
            .WithColumn("id").AsInt64().PrimaryKey("pk_newsletter_sign_ups").Identity()
            .WithColumn("email").AsString(254).NotNullable()
            .WithColumn("network").AsString(64).NotNullable()
            .WithColumn("list_ids").AsString(200).NotNullable()
            .WithColumn("token_hash").AsString(64).NotNullable().Unique("ux_newsletter_sign_ups_token")
            .WithColumn("form").AsString(40).NotNullable()
            .WithColumn("wording_version").AsString(20).NotNullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("expires_at").AsTimestamp().NotNullable()
            .WithColumn("confirmed_at").AsTimestamp().Nullable();
        Create.Index("ix_newsletter_sign_ups_email").OnTable("newsletter_sign_ups").OnColumn("email").Ascending().OnColumn("created_at").Ascending();
        Create.Index("ix_newsletter_sign_ups_network").OnTable("newsletter_sign_ups").OnColumn("network").Ascending().OnColumn("created_at").Ascending();
    }

    public override void Down()
    {
        Delete.Table("newsletter_sign_ups");
        Delete.Table("newsletter_consents");
        Delete.Table("newsletter_subscriptions");
        Delete.Table("newsletter_events");
        Delete.Table("newsletter_lists");
    }
}
