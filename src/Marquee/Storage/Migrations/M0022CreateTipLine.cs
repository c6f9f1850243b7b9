using System.Data;
using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// The confidential tip line (decision 0066): tip editors' locked key pairs, tips sealed under a content key per tip,
/// that key wrapped per editor, sealed files' names, sealed notes, and the desk's content-free audit log.
/// </summary>
[Migration(2026_12_07_0022, "Create the tip line")]
public sealed class M0022CreateTipLine : Migration
{
    public override void Up()
    {
        Create.Table("tip_keys")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("staff_user_id").AsInt64().NotNullable().ForeignKey("fk_tip_keys_user", "staff_users", "id").OnDelete(Rule.Cascade).Unique("ix_tip_keys_staff_user_id")
            .WithColumn("public_key").AsBinary().NotNullable()
            .WithColumn("locked_private_key").AsBinary().NotNullable()
            .WithColumn("salt").AsBinary().NotNullable()
            .WithColumn("iterations").AsInt32().NotNullable()
            .WithColumn("memory_kib").AsInt32().NotNullable()
            .WithColumn("created_at").AsTimestamp().NotNullable();
        Create.Table("tips")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("receipt_hash").AsString(64).NotNullable().Unique("ix_tips_receipt_hash")
            .WithColumn("state").AsInt32().NotNullable()
            .WithColumn("follow_up_of_tip_id").AsInt64().Nullable().ForeignKey("fk_tips_follow_up_of", "tips", "id").OnDelete(Rule.SetNull).Indexed("ix_tips_follow_up_of_tip_id")
            .WithColumn("assigned_to_staff_user_id").AsInt64().Nullable().ForeignKey("fk_tips_assigned", "staff_users", "id").OnDelete(Rule.SetNull).Indexed("ix_tips_assigned_to_staff_user_id")
            .WithColumn("received_at").AsTimestamp().NotNullable()
            // Retention's question: which tips are due for shredding.
            .WithColumn("delete_after").AsTimestamp().NotNullable().Indexed("ix_tips_delete_after")
            .WithColumn("sealed_message").AsBinary().NotNullable()
            .WithColumn("file_count").AsInt32().NotNullable();
        Create.Table("tip_key_wraps")
            .WithColumn("tip_id").AsInt64().PrimaryKey().ForeignKey("fk_tip_key_wraps_tip", "tips", "id").OnDelete(Rule.Cascade)
            .WithColumn("tip_key_id").AsInt64().PrimaryKey().ForeignKey("fk_tip_key_wraps_key", "tip_keys", "id").OnDelete(Rule.Cascade).Indexed("ix_tip_key_wraps_tip_key_id")
            .WithColumn("wrapped").AsBinary().NotNullable();
        Create.Table("tip_files")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("tip_id").AsInt64().NotNullable().ForeignKey("fk_tip_files_tip", "tips", "id").OnDelete(Rule.Cascade).Indexed("ix_tip_files_tip_id")
            .WithColumn("stored_name").AsString(64).NotNullable()
            .WithColumn("sealed_bytes").AsInt64().NotNullable();
        Create.Table("tip_notes")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("tip_id").AsInt64().NotNullable().ForeignKey("fk_tip_notes_tip", "tips", "id").OnDelete(Rule.Cascade).Indexed("ix_tip_notes_tip_id")
            .WithColumn("staff_user_id").AsInt64().Nullable()
            .WithColumn("written_at").AsTimestamp().NotNullable()
            .WithColumn("sealed_text").AsBinary().NotNullable();
        Create.Table("tip_events")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("tip_id").AsInt64().Nullable()
            .WithColumn("staff_user_id").AsInt64().Nullable()
            .WithColumn("actor").AsString(200).NotNullable()
            .WithColumn("action").AsString(200).NotNullable()
            .WithColumn("at").AsTimestamp().NotNullable().Indexed("ix_tip_events_at");
    }

    public override void Down()
    {
        Delete.Table("tip_events");
        Delete.Table("tip_notes");
        Delete.Table("tip_files");
        Delete.Table("tip_key_wraps");
        Delete.Table("tips");
        Delete.Table("tip_keys");
    }
}
