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
}
