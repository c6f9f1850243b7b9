using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// The editor's remaining article fields: a correction or update note (its kind, text and when it last
/// changed), and whether the excerpt is hand-written (kept across body edits) or made from the body.
/// </summary>
[Migration(2026_12_01_0009, "Add article notes and the excerpt flag")]
public sealed class M0009AddArticleNotesAndExcerptFlag : Migration
{
    public override void Up() =>
        Alter.Table("articles")
            .AddColumn("correction_kind").AsString(20).Nullable()
            .AddColumn("correction_text").AsString(1000).Nullable()
            .AddColumn("correction_noted_at").AsTimestamp().Nullable()
            .AddColumn("excerpt_is_hand_written").AsBoolean().NotNullable().WithDefaultValue(false);

    public override void Down()
    {
        foreach (var column in new[] { "excerpt_is_hand_written", "correction_noted_at", "correction_text", "correction_kind" })
        {
            Delete.Column(column).FromTable("articles");
        }
    }
}
