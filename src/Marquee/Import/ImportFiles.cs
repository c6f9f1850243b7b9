namespace Marquee.Import;

/// <summary>Which files an import path names, and the format of each.</summary>
internal static class ImportFiles
{
    public static IReadOnlyList<(string Path, IImportFormat Format)> Find(string path, string? formatName, IEnumerable<IImportFormat> formats)
    {
        var known = formats.ToList();
        var forced = formatName is null ? null : known.FirstOrDefault(f => f.Name.Equals(formatName, StringComparison.OrdinalIgnoreCase))
            ?? throw new ImportException(path, null, $"unknown format '{formatName}' (known: {string.Join(", ", known.Select(f => f.Name))})");

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(file => (file, Format: (forced is null ? known : [forced]).FirstOrDefault(f => f.Recognises(file))))
                .Where(x => x.Format is not null)
                .Select(x => (x.file, x.Format!))
                .ToList();
        }

        if (!File.Exists(path))
        {
            throw new ImportException(path, null, "no such file or folder");
        }

        var format = forced ?? known.FirstOrDefault(f => f.Recognises(path))
            ?? throw new ImportException(path, null, $"cannot tell the format; pass --format ({string.Join("|", known.Select(f => f.Name))})");
        return [(path, format)];
    }
}
