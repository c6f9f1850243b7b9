using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Media.Photos;

namespace Marquee.Content.Photos;

/// <summary>
/// What a save checks about the photos a body embeds, whoever writes: every <c>{{photo …}}</c> paragraph is a well-formed
/// embed of a photo in the library, and a published or scheduled story embeds only photos with alt text and a credit.
/// Each refusal names the line.
/// </summary>
public sealed class InlinePhotoRules(PhotoQueries photos)
{
    private const string Syntax = "write {{photo NUMBER}} or {{photo NUMBER \"caption\"}} alone on its line, with an empty line before and after, outside lists and quotes";

    /// <summary><paramref name="bodyHtml"/> is the save's rendering of the body: what pages expand, so its embeds are the ones checked (an escaped brace renders as one too).</summary>
    public async Task CheckAsync(ArticleInput input, string bodyHtml, CancellationToken cancellationToken)
    {
        var lines = EmbedLines(input.BodyMarkdown);
        var ids = PhotoEmbeds.IdsIn(bodyHtml);
        var found = await photos.FindManyAsync(ids, cancellationToken);
        foreach (var id in ids)
        {
            var where = lines.TryGetValue(id, out var line) ? $"line {line}" : "the body";
            if (!found.TryGetValue(id, out var photo))
            {
                throw new ContentValidationException($"{where} embeds photo {id} ({{{{photo {id}}}}}), but the media library has no photo {id}");
            }

            PhotoPublishing.Require(input, photo, missing =>
                $"the inline photo on {where}, {PhotoLabels.Of(photo)}, has no {string.Join(" and no ", missing)}: add it on the photo's page before publishing or scheduling");
        }
    }

    /// <summary>The line of each photo's first embed; a paragraph that starts like an embed but is not one is refused, as it would show as text.</summary>
    private static Dictionary<long, int> EmbedLines(string markdown)
    {
        var lines = new Dictionary<long, int>();
        foreach (var (line, _, _, embed) in PhotoEmbeds.Lines(markdown))
        {
            if (embed is null)
            {
                throw new ContentValidationException($"line {line} is not a photo embed: {Syntax}");
            }

            lines.TryAdd(embed.PhotoId, line);
        }

        return lines;
    }
}
