using System.Data;
using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// Staff accounts on ASP.NET Core Identity: staff_users takes Identity's user columns (written by hand to
/// match IdentityUserContext's model, as there is no dotnet-ef here) beside its claim, login and token
/// tables. Users added by `marquee user add` before this keep their email, name, role and password.
/// </summary>
[Migration(2026_12_01_0005, "Move staff accounts onto ASP.NET Core Identity")]
public sealed class M0005MoveStaffOntoIdentity : Migration
{
    private const string Previous = "staff_users_before_identity";

    public override void Up()
    {
        Rename.Table("staff_users").To(Previous);
        CreateUsers();
        Execute.Sql($"""
            INSERT INTO staff_users (user_name, email, email_confirmed, password_hash, phone_number_confirmed, two_factor_enabled,
                lockout_enabled, access_failed_count, name, role, created_at)
            SELECT email, email, TRUE, password_hash, FALSE, FALSE, TRUE, 0, name, role, created_at FROM {Previous}
            """);
        Execute.WithConnection(NormaliseAndStamp);
        Delete.Table(Previous);
        CreateUserTables();
    }

    public override void Down()
    {
        foreach (var table in new[] { "staff_user_tokens", "staff_user_logins", "staff_user_claims", "staff_users" })
        {
            Delete.Table(table);
        }

        Create.Table("staff_users")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("email").AsString(320).NotNullable().Unique("ux_staff_users_email")
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("role").AsString(20).NotNullable()
            .WithColumn("password_hash").AsString(500).NotNullable()
            .WithColumn("created_at").AsTimestamp().NotNullable();
    }

    /// <summary>Identity looks users up by upper-invariant names and needs a security stamp: computed here, alike on both providers.</summary>
    private static void NormaliseAndStamp(IDbConnection connection, IDbTransaction transaction)
    {
        var users = new List<(long Id, string Email)>();
        using (var select = MigrationCommands.Create(connection, transaction, "SELECT id, email FROM staff_users"))
        {
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                users.Add((Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(1)));
            }
        }

        foreach (var (id, email) in users)
        {
            using var update = MigrationCommands.Create(
                connection,
                transaction,
                "UPDATE staff_users SET normalized_user_name = @normalized, normalized_email = @normalized, security_stamp = @stamp, concurrency_stamp = @concurrency WHERE id = @id",
                ("normalized", email.ToUpperInvariant()),
                ("stamp", Guid.NewGuid().ToString("N").ToUpperInvariant()),
                ("concurrency", Guid.NewGuid().ToString()),
                ("id", id));
            update.ExecuteNonQuery();
        }
    }

    private void CreateUsers() =>
        Create.Table("staff_users")
            // Named: PostgreSQL keeps "PK_staff_users" on the renamed old table until it is dropped.
            .WithColumn("id").AsInt64().PrimaryKey("pk_staff_users_identity").Identity()
            .WithColumn("user_name").AsString(256).Nullable()
            .WithColumn("normalized_user_name").AsString(256).Nullable().Unique("ux_staff_users_normalized_user_name")
            .WithColumn("email").AsString(256).Nullable()
            .WithColumn("normalized_email").AsString(256).Nullable().Unique("ux_staff_users_normalized_email")
            .WithColumn("email_confirmed").AsBoolean().NotNullable()
            .WithColumn("password_hash").AsString(int.MaxValue).Nullable()
            .WithColumn("security_stamp").AsString(int.MaxValue).Nullable()
            .WithColumn("concurrency_stamp").AsString(int.MaxValue).Nullable()
            .WithColumn("phone_number").AsString(int.MaxValue).Nullable()
            .WithColumn("phone_number_confirmed").AsBoolean().NotNullable()
            .WithColumn("two_factor_enabled").AsBoolean().NotNullable()
            .WithColumn("lockout_end").AsTimestamp().Nullable()
            .WithColumn("lockout_enabled").AsBoolean().NotNullable()
            .WithColumn("access_failed_count").AsInt32().NotNullable()
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("role").AsString(20).NotNullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("disabled_at").AsTimestamp().Nullable();

    private void CreateUserTables()
    {
        Create.Table("staff_user_claims")
            .WithColumn("id").AsInt32().PrimaryKey().Identity()
            .WithColumn("user_id").AsInt64().NotNullable().ForeignKey("fk_staff_user_claims_user", "staff_users", "id").OnDelete(Rule.Cascade).Indexed("ix_staff_user_claims_user")
            .WithColumn("claim_type").AsString(int.MaxValue).Nullable()
            .WithColumn("claim_value").AsString(int.MaxValue).Nullable();

        Create.Table("staff_user_logins")
            .WithColumn("login_provider").AsString(128).PrimaryKey()
            .WithColumn("provider_key").AsString(128).PrimaryKey()
            .WithColumn("provider_display_name").AsString(int.MaxValue).Nullable()
            .WithColumn("user_id").AsInt64().NotNullable().ForeignKey("fk_staff_user_logins_user", "staff_users", "id").OnDelete(Rule.Cascade).Indexed("ix_staff_user_logins_user");

        Create.Table("staff_user_tokens")
            .WithColumn("user_id").AsInt64().PrimaryKey().ForeignKey("fk_staff_user_tokens_user", "staff_users", "id").OnDelete(Rule.Cascade)
            .WithColumn("login_provider").AsString(128).PrimaryKey()
            .WithColumn("name").AsString(128).PrimaryKey()
            .WithColumn("value").AsString(int.MaxValue).Nullable();
    }
}
