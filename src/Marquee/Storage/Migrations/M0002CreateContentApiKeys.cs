using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>Keys for the Ghost-compatible Content API.</summary>
[Migration(2026_12_01_0001, "Create content API keys")]
public sealed class M0002CreateContentApiKeys : Migration
{
    public override void Up() =>
        Create.Table("content_api_keys")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("name").AsString(200).NotNullable().Unique("ux_content_api_keys_name")
            .WithColumn("secret").AsString(26).NotNullable().Unique("ux_content_api_keys_secret")
            .WithColumn("created_at").AsTimestamp().NotNullable();

    public override void Down() => Delete.Table("content_api_keys");
}
