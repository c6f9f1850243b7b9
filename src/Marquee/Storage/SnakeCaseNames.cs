using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Storage;

/// <summary>Columns are snake_case so the same migrations read naturally on SQLite and PostgreSQL.</summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        // A type stored as JSON (a passkey's data) has property names inside one column, not columns.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsMappedToJson()))
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
