namespace Marquee.Import;

/// <summary>An import that cannot go on. The message is one line: the file, the record, and what is wrong.</summary>
public sealed class ImportException(string file, string? record, string reason, Exception? inner = null)
    : Exception(record is null ? $"{file}: {reason}" : $"{file}: {record}: {reason}", inner)
{
    public string File { get; } = file;

    public string? Record { get; } = record;

    public string Reason { get; } = reason;
}
