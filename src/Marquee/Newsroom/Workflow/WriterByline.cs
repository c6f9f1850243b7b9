using Marquee.Content;
using Marquee.Content.Authors;

namespace Marquee.Newsroom.Workflow;

/// <summary>
/// The byline a new draft gets when its writer names none: the author profile whose slug is made from the writer's
/// name, made on first use (decision 0060). Staff accounts and author profiles are separate, so the name is the link.
/// </summary>
public sealed class WriterByline(AuthorQueries authors, SaveAuthor save)
{
    /// <summary>The writer's author slug, or null when their name makes none (then publishing asks for a byline).</summary>
    public async Task<string?> SlugOfAsync(Actor writer, CancellationToken cancellationToken)
    {
        var slug = Slugs.From(writer.Name);
        if (!Slugs.IsValid(slug))
        {
            return null;
        }

        if (await authors.FindBySlugAsync(slug, cancellationToken) is null)
        {
            await save.SaveAsync(new AuthorInput(slug, writer.Name.Trim()), cancellationToken);
        }

        return slug;
    }
}
