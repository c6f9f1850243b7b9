using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marquee.Storage;

/// <summary>Times go in as UTC at the precision every provider keeps, and come back marked UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => StoredValues.Time(v),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
