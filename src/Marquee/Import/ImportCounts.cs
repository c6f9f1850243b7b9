using Marquee.Content;

namespace Marquee.Import;

/// <summary>What an import did, per kind of record.</summary>
public sealed class ImportCounts
{
    private readonly Dictionary<(string Kind, SaveOutcome Outcome), int> _counts = [];

    public int Files { get; set; }

    public void Add(string kind, SaveOutcome outcome) => _counts[(kind, outcome)] = Get(kind, outcome) + 1;

    public void Merge(ImportCounts other)
    {
        Files += other.Files;
        foreach (var (key, count) in other._counts)
        {
            _counts[key] = _counts.GetValueOrDefault(key) + count;
        }
    }

    public int Get(string kind, SaveOutcome outcome) => _counts.GetValueOrDefault((kind, outcome));

    public int Changed => _counts.Where(c => c.Key.Outcome != SaveOutcome.Unchanged).Sum(c => c.Value);

    public override string ToString()
    {
        var kinds = _counts.Keys.Select(k => k.Kind).Distinct().Order();
        var parts = kinds.Select(k =>
            $"{k}: {Get(k, SaveOutcome.Created)} created, {Get(k, SaveOutcome.Updated)} updated, {Get(k, SaveOutcome.Unchanged)} unchanged");
        return _counts.Count == 0 ? $"{Files} file(s); nothing in them to import" : $"{Files} file(s); " + string.Join("; ", parts);
    }
}
