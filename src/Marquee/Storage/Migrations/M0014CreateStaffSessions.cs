using System.Data;
using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// Server-side staff sessions (decision 0029): the cookie carries a key, the ticket lives here, so signing out
/// ends every copy of the cookie on every node. And failed password sign-ins counted per address and client.
/// </summary>
[Migration(2026_12_01_0014, "Create staff sessions and sign-in failures")]
public sealed class M0014CreateStaffSessions : Migration
{
    public override void Up()
    {
        Create.Table("staff_sessions")
            .WithColumn("id").AsString(64).PrimaryKey("pk_staff_sessions")
            .WithColumn("user_id").AsInt64().NotNullable().ForeignKey("fk_staff_sessions_user", "staff_users", "id").OnDelete(Rule.Cascade).Indexed("ix_staff_sessions_user")
            .WithColumn("ticket").AsBinary().NotNullable()
            // The sweep's question: which sessions have expired.
            .WithColumn("expires_at").AsTimestamp().NotNullable().Indexed("ix_staff_sessions_expires");
        Create.Table("sign_in_failures")
            .WithColumn("account").AsString(64).PrimaryKey()
            .WithColumn("client").AsString(64).PrimaryKey()
            .WithColumn("failures").AsInt32().NotNullable()
            .WithColumn("last_failed_at").AsTimestamp().NotNullable().Indexed("ix_sign_in_failures_last");
    }

    public override void Down()
    {
        Delete.Table("sign_in_failures");
        Delete.Table("staff_sessions");
    }
}
