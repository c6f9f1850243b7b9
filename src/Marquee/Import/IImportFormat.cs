namespace Marquee.Import;

/// <summary>A file format Marquee imports. Reading is pure: it parses and validates, and never touches the database.</summary>
public interface IImportFormat
{
    /// <summary>The name given to --format.</summary>
    string Name { get; }

    /// <summary>The file name ending this format reads (".txt"): the first thing <see cref="Recognises"/> checks.</summary>
    string Extension { get; }

    /// <summary>Whether a file looks like this format, for when --format is not given.</summary>
    bool Recognises(string path);

    /// <summary>Reads one file; throws <see cref="ImportException"/> naming the file and record when it is malformed.</summary>
    ImportBatch Read(string path);
}
