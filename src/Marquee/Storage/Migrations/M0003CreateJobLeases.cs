using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>Leases that let one node at a time run a background job, with how far it got.</summary>
[Migration(2026_12_01_0002, "Create job leases")]
public sealed class M0003CreateJobLeases : Migration
{
    public override void Up() =>
        Create.Table("job_leases")
            .WithColumn("name").AsString(100).PrimaryKey()
            .WithColumn("holder").AsString(300).NotNullable()
            .WithColumn("expires_at").AsTimestamp().NotNullable()
            .WithColumn("done_up_to").AsTimestamp().NotNullable();

    public override void Down() => Delete.Table("job_leases");
}
