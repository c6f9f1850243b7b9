using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Marquee.Platform.Work;

/// <summary>Challenges already spent on this node, each kept only until it expires (after that the challenge itself is refused).</summary>
public sealed class SpentChallenges(TimeProvider clock, IOptions<WorkOptions> options)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _spent = new();

    /// <summary>True the first time an id is spent; false again, and false when this node already remembers too many.</summary>
    public bool Spend(string id, DateTimeOffset expires)
    {
        if (_spent.Count >= options.Value.MaxSpent)
        {
            Forget();
            if (_spent.Count >= options.Value.MaxSpent)
            {
                return false;
            }
        }

        return _spent.TryAdd(id, expires);
    }

    private void Forget()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, expires) in _spent)
        {
            if (expires <= now)
            {
                _spent.TryRemove(id, out _);
            }
        }
    }
}
