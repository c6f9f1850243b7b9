using FluentMigrator;

namespace Marquee.Storage.Migrations;

/// <summary>
/// The search index in each database's own full text (decision 0045): SQLite's FTS5 table <c>search_index</c> (rowid =
/// article id, Porter-stemmed, accents folded) or PostgreSQL's <c>search_documents</c> with a stored, weighted tsvector
/// under a GIN index; and <c>search_terms</c>, the spelling table of headline and name words. Written by the article's
/// own save from here on; `marquee search reindex` fills them for the articles saved before.
/// </summary>
[Migration(2026_12_07_0017, "Create the search index")]
public sealed class M0017CreateSearchIndex : Migration
{
    public override void Up()
    {
        IfDatabase(type => type.StartsWith("SQLite", StringComparison.OrdinalIgnoreCase)).Execute.Sql(
            "CREATE VIRTUAL TABLE search_index USING fts5(headline, names, summary, body, tokenize = 'porter unicode61 remove_diacritics 2')");
        IfDatabase(type => type.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase)).Execute.Sql(
            """
            CREATE TABLE search_documents (
                article_id bigint NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
                headline text NOT NULL,
                names text NOT NULL,
                summary text NOT NULL,
                body text NOT NULL,
                document tsvector NOT NULL GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', headline), 'A') || setweight(to_tsvector('english', names), 'A')
                    || setweight(to_tsvector('english', summary), 'B') || setweight(to_tsvector('english', body), 'C')) STORED);
            CREATE INDEX ix_search_documents_document ON search_documents USING GIN (document);
            """);
        Create.Table("search_terms")
            .WithColumn("term").AsString().NotNullable().PrimaryKey()
            .WithColumn("documents").AsInt32().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("search_terms");
        IfDatabase(type => type.StartsWith("SQLite", StringComparison.OrdinalIgnoreCase)).Execute.Sql("DROP TABLE search_index");
        IfDatabase(type => type.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase)).Delete.Table("search_documents");
    }
}
