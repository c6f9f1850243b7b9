namespace Marquee.Tests.Architecture;

/// <summary>
/// What the migrations made of a table, read from the database's own catalogue (SQLite's pragmas or PostgreSQL's
/// pg_catalog): each column's declared type and nullability, the primary key and every index, in the words
/// <see cref="MigrationCanaryTests"/> compares with the EF model.
/// </summary>
public sealed class MigratedSchema(TestDatabase database)
{
    /// <summary>Each column as "name type null|not null"; SQLite's declared type as written in CREATE TABLE.</summary>
    public IReadOnlyList<(string Name, string Type, bool Nullable)> Columns(string table) =>
        database.Lines(TestDatabase.IsPostgres
                ? $"""
                   SELECT a.attname, format_type(a.atttypid, a.atttypmod), CASE WHEN a.attnotnull THEN 0 ELSE 1 END
                   FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relname = '{table}' AND a.attnum > 0 AND NOT a.attisdropped
                   """
                : $"SELECT name, type, CASE WHEN \"notnull\" = 1 OR pk > 0 THEN 0 ELSE 1 END FROM pragma_table_info('{table}')")
            .Select(line => line.Split('\u001f'))
            .Select(cells => (cells[0], cells[1], cells[2] == "1"))
            .ToList();

    /// <summary>The primary key and each index as "primary key (a, b)", "unique (a)" or "index (a) where …" (a partial index).</summary>
    public IReadOnlyList<string> Indexes(string table) =>
        database.Lines(TestDatabase.IsPostgres
                ? $"""
                   SELECT CASE WHEN ix.indisprimary THEN 'primary key' WHEN ix.indisunique THEN 'unique' ELSE 'index' END,
                          (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                           JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum),
                          CASE WHEN ix.indpred IS NULL THEN '' ELSE ' where …' END
                   FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                   WHERE n.nspname = 'public' AND t.relname = '{table}'
                   """
                : $"""
                   SELECT 'primary key', group_concat(name, ', '), '' FROM (SELECT name FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk) HAVING count(*) > 0
                   UNION ALL
                   SELECT CASE WHEN il."unique" = 1 THEN 'unique' ELSE 'index' END,
                          (SELECT group_concat(name, ', ') FROM (SELECT name FROM pragma_index_info(il.name) ORDER BY seqno)),
                          CASE WHEN il.partial = 1 THEN ' where …' ELSE '' END
                   FROM pragma_index_list('{table}') il WHERE il.origin <> 'pk'
                   """)
            .Select(line => line.Split('\u001f'))
            .Select(cells => $"{cells[0]} ({cells[1]}){cells[2]}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
