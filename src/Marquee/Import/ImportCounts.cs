using Marquee.Content;

namespace Marquee.Import;

/// <summary>What an import did, per kind of record, and what it left out on purpose.</summary>
public sealed class ImportCounts
{
    private readonly Dictionary<(string Kind, SaveOutcome Outcome), int> _counts = [];

    public int Files { get; set; }

    /// <summary>One line per record left out: <c>file: record: reason</c>, like an import error.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>One line per file refused when refused files are skipped: <c>file: record: reason</c>, the error it would have stopped with.</summary>
    public List<string> Refused { get; } = [];

    public void Add(string kind, SaveOutcome outcome) => _counts[(kind, outcome)] = Get(kind, outcome) + 1;

    public void Skip(string file, ImportSkip skip) => Skipped.Add($"{file}: {skip.Where}: {skip.Reason}");

    public void Merge(ImportCounts other)
    {
        Files += other.Files;
        foreach (var (key, count) in other._counts)
        {
            _counts[key] = _counts.GetValueOrDefault(key) + count;
        }

        Skipped.AddRange(other.Skipped);
        Refused.AddRange(other.Refused);
    }

    public int Get(string kind, SaveOutcome outcome) => _counts.GetValueOrDefault((kind, outcome));

    public int Changed => _counts.Where(c => c.Key.Outcome != SaveOutcome.Unchanged).Sum(c => c.Value);

    public override string ToString()
    {
        var kinds = _counts.Keys.Select(k => k.Kind).Distinct().Order();
        var parts = kinds.Select(k =>
            $"{k}: {Get(k, SaveOutcome.Created)} created, {Get(k, SaveOutcome.Updated)} updated, {Get(k, SaveOutcome.Unchanged)} unchanged");
        var summary = _counts.Count == 0 ? $"{Files} file(s); nothing in them to import" : $"{Files} file(s); " + string.Join("; ", parts);
        var skipped = Skipped.Count == 0 ? summary : $"{summary}; {Skipped.Count} skipped";
        return Refused.Count == 0 ? skipped : $"{skipped}; {Refused.Count} file(s) refused";
    }
}
