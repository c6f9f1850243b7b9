using System.Data;
using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// Staff passkeys, as Identity's schema version 3 models them (decision 0019): the credential id is the key,
/// everything else the WebAuthn credential record holds (public key, name, sign count, flags) is one JSON value.
/// </summary>
[Migration(2026_12_01_0008, "Create staff passkeys")]
public sealed class M0008CreateStaffPasskeys : Migration
{
    public override void Up() =>
        Create.Table("staff_user_passkeys")
            .WithColumn("credential_id").AsBinary(1024).PrimaryKey("pk_staff_user_passkeys")
            .WithColumn("user_id").AsInt64().NotNullable().ForeignKey("fk_staff_user_passkeys_user", "staff_users", "id").OnDelete(Rule.Cascade).Indexed("ix_staff_user_passkeys_user")
            .WithColumn("data").AsJson().NotNullable();

    public override void Down() => Delete.Table("staff_user_passkeys");
}
