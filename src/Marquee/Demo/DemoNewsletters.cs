using Marquee.Content;
using Marquee.Import;
using Marquee.Newsletters.Lists;

namespace Marquee.Demo;

/// <summary>The demo's two newsletter lists: a daily round-up and the awards-season special. Safe to run twice.</summary>
public sealed class DemoNewsletters(NewsletterLists lists)
{
    private static readonly ChangedBy Demo = new(null, "demo");

    private static readonly NewsletterListInput[] Lists =
    [
        new("Daily", "daily", "The day's biggest entertainment stories, every morning.", "Daily", null, "07:00", IsActive: true),
        new("Awards Night", "awards-night", "Winners, looks and moments, the morning after every big awards show.", "Weekly", "Monday", "08:00", IsActive: true),
    ];

    public async Task LoadAsync(ImportCounts counts, CancellationToken cancellationToken)
    {
        var existing = (await lists.AllAsync(cancellationToken)).Select(l => l.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var list in Lists)
        {
            if (!existing.Contains(list.Slug!))
            {
                await lists.CreateAsync(list, Demo, cancellationToken);
            }

            counts.Add("newsletter lists", existing.Contains(list.Slug!) ? SaveOutcome.Unchanged : SaveOutcome.Created);
        }
    }
}
