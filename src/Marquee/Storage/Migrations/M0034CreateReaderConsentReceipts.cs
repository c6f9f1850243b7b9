using System.Data;
using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>Consent receipts (decision 0094): each decision a signed-in reader makes in the consent banner.</summary>
[Migration(2026_12_08_0034, "Create reader consent receipts")]
public sealed class M0034CreateReaderConsentReceipts : Migration
{
    public override void Up() =>
        Create.Table("reader_consent_receipts")
            .WithColumn("id").AsInt64().PrimaryKey("pk_reader_consent_receipts").Identity()
            .WithColumn("reader_id").AsInt64().NotNullable().ForeignKey("fk_reader_consent_receipts_reader", "readers", "id").OnDelete(Rule.Cascade).Indexed("ix_reader_consent_receipts_reader")
            .WithColumn("recorded_at").AsTimestamp().NotNullable()
            .WithColumn("policy_version").AsString(32).NotNullable()
            .WithColumn("analytics").AsBoolean().NotNullable()
            .WithColumn("advertising").AsBoolean().NotNullable()
            .WithColumn("global_privacy_control").AsBoolean().NotNullable();

    public override void Down() => Delete.Table("reader_consent_receipts");
}
