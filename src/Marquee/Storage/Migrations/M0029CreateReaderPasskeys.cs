using System.Data;
using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// Reader passkeys (decision 0082): each reader's WebAuthn credentials, and the challenges waiting for a browser's
/// answer, kept in the database so an answer counts once whichever node it reaches.
/// </summary>
[Migration(2026_12_07_0029, "Create reader passkeys and their challenges")]
public sealed class M0029CreateReaderPasskeys : Migration
{
    public override void Up()
    {
        Create.Table("reader_passkeys")
            .WithColumn("credential_id").AsBinary(1024).PrimaryKey("pk_reader_passkeys")
            .WithColumn("reader_id").AsInt64().NotNullable().ForeignKey("fk_reader_passkeys_reader", "readers", "id").OnDelete(Rule.Cascade).Indexed("ix_reader_passkeys_reader")
            .WithColumn("public_key").AsBinary().NotNullable()
            .WithColumn("sign_count").AsInt64().NotNullable()
            .WithColumn("name").AsString(60).NotNullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("last_used_at").AsTimestamp().Nullable();
        Create.Table("reader_passkey_challenges")
            .WithColumn("id").AsString(64).PrimaryKey("pk_reader_passkey_challenges")
            .WithColumn("ceremony").AsString(20).NotNullable()
            .WithColumn("reader_id").AsInt64().Nullable()
            .WithColumn("options").AsString(int.MaxValue).NotNullable()
            .WithColumn("expires_at").AsTimestamp().NotNullable().Indexed("ix_reader_passkey_challenges_expiry");
    }

    public override void Down()
    {
        Delete.Table("reader_passkey_challenges");
        Delete.Table("reader_passkeys");
    }
}
