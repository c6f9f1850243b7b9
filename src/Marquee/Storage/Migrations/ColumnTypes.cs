using FluentMigrator.Builders;
using FluentMigrator.Infrastructure;

namespace Marquee.Storage.Migrations;

/// <summary>Column types that mean the same on every provider.</summary>
internal static class ColumnTypes
{
    /// <summary>
    /// A UTC instant: "timestamptz" is PostgreSQL's real type, and SQLite (whose type map has no
    /// DateTimeOffset) stores EF's sortable ISO text under that name unchanged.
    /// </summary>
    public static TNext AsTimestamp<TNext>(this IColumnTypeSyntax<TNext> column)
        where TNext : IFluentSyntax => column.AsCustom("timestamptz");

    /// <summary>
    /// A JSON document: "jsonb" is what Npgsql maps EF's JSON columns to, and SQLite (NUMERIC affinity for
    /// that name) keeps JSON text as the text it is.
    /// </summary>
    public static TNext AsJson<TNext>(this IColumnTypeSyntax<TNext> column)
        where TNext : IFluentSyntax => column.AsCustom("jsonb");
}
