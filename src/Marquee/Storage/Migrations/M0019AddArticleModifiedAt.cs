using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// When readers are told a story last changed (dateModified, Atom's updated, sitemap lastmod), kept apart from
/// <c>updated_at</c>, the row's own change time that Apple News's change list pages by: an import keeps its source's
/// modified time here, so a 2017 story does not read as changed on the day it was imported. Existing rows start equal.
/// </summary>
[Migration(2026_12_07_0019, "Add articles' modified time")]
public sealed class M0019AddArticleModifiedAt : Migration
{
    public override void Up()
    {
        Alter.Table("articles").AddColumn("modified_at").AsTimestamp().NotNullable().WithDefaultValue(SystemMethods.CurrentUTCDateTime);
        Execute.Sql("UPDATE articles SET modified_at = updated_at");
    }

    public override void Down() => Delete.Column("modified_at").FromTable("articles");
}
