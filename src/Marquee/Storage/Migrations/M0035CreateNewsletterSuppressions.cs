using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>The newsletters' global suppression list (decision 0095): one row per address, lifted rather than deleted.</summary>
[Migration(2026_12_08_0035, "Create the newsletter suppression list")]
public sealed class M0035CreateNewsletterSuppressions : Migration
{
    public override void Up() =>
        Create.Table("newsletter_suppressions")
            .WithColumn("id").AsInt64().PrimaryKey("pk_newsletter_suppressions").Identity()
            .WithColumn("email").AsString(254).NotNullable().Unique("ux_newsletter_suppressions_email")
            .WithColumn("reason").AsString(100).NotNullable()
            .WithColumn("at").AsTimestamp().NotNullable()
            .WithColumn("lifted_at").AsTimestamp().Nullable();

    public override void Down() => Delete.Table("newsletter_suppressions");
}
