using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marquee.Platform.Security;

/// <summary>
/// A content URL column: written as given (saves check <see cref="UrlPolicy"/>), read back as null when the rule
/// refuses it, the last guard in front of every page, feed and API that prints it.
/// </summary>
public sealed class StoredUrlConverter() : ValueConverter<string?, string?>(
    v => v,
    v => UrlPolicy.AllowedOrNull(v));
