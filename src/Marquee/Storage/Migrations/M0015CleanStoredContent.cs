using System.Data;
using System.Globalization;
using System.Text.RegularExpressions;
using FluentMigrator;
using Marquee.Content.Body;
using Marquee.Platform.Security;

namespace Marquee.Storage.Migrations;

/// <summary>
/// Brings what was stored before decision 0031 under its rules: a body holding a form control is rendered again
/// from its Markdown (as a save would; re-sanitising the HTML alone would drop the embed placeholders), and a
/// feature image or author photo URL the rule refuses is cleared. When anything changed, one eviction-log row
/// tells the running nodes to drop every cached page.
/// </summary>
[Migration(2026_12_01_0015, "Clean stored form controls and unsafe URLs")]
public sealed class M0015CleanStoredContent : Migration
{
    private static readonly string[] FormTags = [.. HtmlPolicy.FormControls.Concat(HtmlPolicy.FormContainers)];

    private static readonly Regex FormElement = new($@"<(?:{string.Join('|', FormTags)})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A coarse filter in the database, so only the few suspect bodies are read into memory; the regex decides.</summary>
    private static readonly string MayHoldFormElement = string.Join(" OR ", FormTags.Select(tag => $"LOWER(body_html) LIKE '%<{tag}%'"));

    public override void Up() => Execute.WithConnection(Clean);

    /// <summary>Nothing to undo: the removed controls and URLs are what the rules refuse on every save.</summary>
    public override void Down()
    {
    }

    private static void Clean(IDbConnection connection, IDbTransaction transaction)
    {
        var changed = RenderAgain(connection, transaction, "articles")
            + RenderAgain(connection, transaction, "static_pages")
            + ClearRefusedUrls(connection, transaction, "articles", "feature_image_url")
            + ClearRefusedUrls(connection, transaction, "authors", "photo_url");
        if (changed > 0)
        {
            using var evict = MigrationCommands.Create(
                connection, transaction, "INSERT INTO cache_evictions (tags, created_at) VALUES (@tags, @now)", ("tags", "site content"), ("now", DateTime.UtcNow));
            evict.ExecuteNonQuery();
        }
    }

    private static int RenderAgain(IDbConnection connection, IDbTransaction transaction, string table)
    {
        var bodies = Read(connection, transaction, $"SELECT id, body_markdown, body_html FROM {table} WHERE {MayHoldFormElement}")
            .Where(row => FormElement.IsMatch(row[2]))
            .Select(row => (Id: row[0], Html: BodyRenderer.ToHtml(row[1])))
            .ToList();
        foreach (var (id, html) in bodies)
        {
            using var update = MigrationCommands.Create(
                connection, transaction, $"UPDATE {table} SET body_html = @html WHERE id = @id", ("html", html), ("id", long.Parse(id, CultureInfo.InvariantCulture)));
            update.ExecuteNonQuery();
        }

        return bodies.Count;
    }

    private static int ClearRefusedUrls(IDbConnection connection, IDbTransaction transaction, string table, string column)
    {
        var refused = Read(connection, transaction, $"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL")
            .Where(row => !UrlPolicy.IsAllowed(row[1]))
            .Select(row => long.Parse(row[0], CultureInfo.InvariantCulture))
            .ToList();
        foreach (var id in refused)
        {
            using var update = MigrationCommands.Create(connection, transaction, $"UPDATE {table} SET {column} = NULL WHERE id = @id", ("id", id));
            update.ExecuteNonQuery();
        }

        return refused.Count;
    }

    /// <summary>Every row as text, read to the end before any update: Npgsql runs one command at a time on a connection.</summary>
    private static List<string[]> Read(IDbConnection connection, IDbTransaction transaction, string sql)
    {
        using var select = MigrationCommands.Create(connection, transaction, sql);
        using var reader = select.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!)]);
        }

        return rows;
    }
}
