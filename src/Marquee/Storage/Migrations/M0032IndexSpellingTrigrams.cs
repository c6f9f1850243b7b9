using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// On PostgreSQL, pg_trgm and a GiST trigram index on the spelling table's words, so a misspelt name's nearest words are
/// read from the index (decision 0089). SQLite keeps its first-letter range on the table's key.
/// </summary>
[Migration(2026_12_08_0032, "Index the spelling table's trigrams")]
public sealed class M0032IndexSpellingTrigrams : Migration
{
    public override void Up() =>
        IfDatabase(type => type.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase)).Execute.Sql(
            """
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE INDEX ix_search_terms_trigrams ON search_terms USING GIST (term gist_trgm_ops);
            """);

    public override void Down() =>
        IfDatabase(type => type.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase)).Execute.Sql("DROP INDEX ix_search_terms_trigrams");
}
