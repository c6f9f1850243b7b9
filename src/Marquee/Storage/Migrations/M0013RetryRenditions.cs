using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// Renditions retry by themselves (decision 0024): the failed attempts so far, and when the next attempt is due
/// (null once made or failed for good); photos still pending are due at once.
/// </summary>
[Migration(2026_12_01_0013, "Retry renditions")]
public sealed class M0013RetryRenditions : Migration
{
    public override void Up()
    {
        Alter.Table("photos")
            .AddColumn("rendition_attempts").AsInt32().NotNullable().WithDefaultValue(0)
            .AddColumn("renditions_due_at").AsTimestamp().Nullable();
        Execute.Sql("UPDATE photos SET renditions_due_at = created_at WHERE renditions_made_at IS NULL AND rendition_failure IS NULL");
        // The sweep's question: which photos are due now.
        Create.Index("ix_photos_renditions_due").OnTable("photos").OnColumn("renditions_due_at").Ascending();
    }

    public override void Down()
    {
        Delete.Index("ix_photos_renditions_due").OnTable("photos");
        Delete.Column("renditions_due_at").FromTable("photos");
        Delete.Column("rendition_attempts").FromTable("photos");
    }
}
