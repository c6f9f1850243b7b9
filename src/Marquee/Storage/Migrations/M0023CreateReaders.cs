using System.Data;
using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// Reader accounts (decision 0069): readers proven by a mailed code, their server-side sessions, and the codes
/// themselves, kept an hour after use as the count the per-address and per-network limits read.
/// </summary>
[Migration(2026_12_07_0023, "Create reader accounts, sessions and sign-in codes")]
public sealed class M0023CreateReaders : Migration
{
    public override void Up()
    {
        Create.Table("readers")
            .WithColumn("id").AsInt64().PrimaryKey("pk_readers").Identity()
            .WithColumn("email").AsString(254).NotNullable().Unique("ux_readers_email")
            .WithColumn("display_name").AsString(60).NotNullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("verified_at").AsTimestamp().NotNullable();
        Create.Table("reader_sessions")
            .WithColumn("id").AsString(64).PrimaryKey("pk_reader_sessions")
            .WithColumn("reader_id").AsInt64().NotNullable().ForeignKey("fk_reader_sessions_reader", "readers", "id").OnDelete(Rule.Cascade).Indexed("ix_reader_sessions_reader")
            .WithColumn("device").AsString(120).NotNullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("expires_at").AsTimestamp().NotNullable();
        Create.Table("reader_sign_in_codes")
            .WithColumn("id").AsInt64().PrimaryKey("pk_reader_sign_in_codes").Identity()
            .WithColumn("email").AsString(254).NotNullable()
            .WithColumn("purpose").AsString(20).NotNullable()
            .WithColumn("network").AsString(64).NotNullable()
            .WithColumn("code_hash").AsString(64).NotNullable()
            .WithColumn("salt").AsString(32).NotNullable()
            .WithColumn("link_hash").AsString(64).NotNullable().Unique("ux_reader_sign_in_codes_link")
            .WithColumn("failed_attempts").AsInt32().NotNullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("expires_at").AsTimestamp().NotNullable()
            .WithColumn("used_at").AsTimestamp().Nullable();
        Create.Index("ix_reader_sign_in_codes_email").OnTable("reader_sign_in_codes").OnColumn("email").Ascending().OnColumn("created_at").Ascending();
        Create.Index("ix_reader_sign_in_codes_network").OnTable("reader_sign_in_codes").OnColumn("network").Ascending().OnColumn("created_at").Ascending();
    }

    public override void Down()
    {
        Delete.Table("reader_sign_in_codes");
        Delete.Table("reader_sessions");
        Delete.Table("readers");
    }
}
