using System.Collections.Concurrent;

namespace Marquee.Content.Reads;

/// <summary>
/// This node's reads since its last flush, in memory: counting a read is an increment, never a database write;
/// <see cref="ReadFlush"/> takes the counts and adds them to the database's.
/// </summary>
public sealed class ReadCounter
{
    private ConcurrentDictionary<long, int> _counts = new();

    public void Count(long articleId) => _counts.AddOrUpdate(articleId, 1, (_, reads) => reads + 1);

    /// <summary>
    /// The counts so far, leaving an empty tally for the reads that follow. A read counted in the instant of the swap can
    /// miss both: these are reading figures, not a ledger, and a lock per read would cost every reader.
    /// </summary>
    public IReadOnlyDictionary<long, int> Take() => Interlocked.Exchange(ref _counts, new ConcurrentDictionary<long, int>());
}
