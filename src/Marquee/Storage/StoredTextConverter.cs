using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marquee.Storage;

/// <summary>Every string column goes in without NUL characters, on SQLite as on PostgreSQL.</summary>
internal sealed class StoredTextConverter() : ValueConverter<string, string>(
    v => StoredValues.Text(v),
    v => v);
