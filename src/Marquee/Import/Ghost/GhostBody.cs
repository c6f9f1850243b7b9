using System.Text.Json;
using Marquee.Content.Body;

namespace Marquee.Import.Ghost;

/// <summary>
/// A post's body as Marquee Markdown, from the richest source the export has: the writer's Markdown
/// (0.x, or a 1.x mobiledoc holding one Markdown card), else Ghost's rendered HTML, else the 5.x Lexical
/// document, else plain text. Links to the Ghost site itself are pointed here (<see cref="GhostLinks"/>), and embedded
/// frames become links (<see cref="GhostEmbeds"/>).
/// </summary>
internal static class GhostBody
{
    public static string From(GhostRow post, GhostLinks links, Action<string> leaveOut)
    {
        if (post.Text("markdown") is { } markdown)
        {
            return links.Rewrite(markdown);
        }

        if (MarkdownCard(post.Text("mobiledoc")) is { } card)
        {
            return links.Rewrite(card);
        }

        if (post.Text("html") is { } html)
        {
            return ImportHtml.Block(GhostEmbeds.ToLinks(links.Rewrite(html)));
        }

        if (post.Text("lexical") is { } lexical)
        {
            return ImportHtml.Block(GhostEmbeds.ToLinks(links.Rewrite(GhostLexical.ToHtml(lexical, leaveOut))));
        }

        if (post.Text("plaintext") is { } text)
        {
            return MarkdownText.Escape(text);
        }

        if (post.Text("mobiledoc") is not null)
        {
            leaveOut("its mobiledoc body has no html rendered beside it; body left empty");
        }

        return "";
    }

    /// <summary>Ghost 1.x stored a Markdown post as a mobiledoc document whose only card is "markdown" or "card-markdown".</summary>
    private static string? MarkdownCard(string? mobiledoc)
    {
        if (mobiledoc is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(mobiledoc);
            var root = document.RootElement;
            // Any part of the shape may be missing or of another kind: then it is not a Markdown card, and the HTML beside it is used.
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("cards", out var cards) || cards.ValueKind != JsonValueKind.Array || cards.GetArrayLength() != 1
                || !root.TryGetProperty("sections", out var sections) || sections.ValueKind != JsonValueKind.Array || sections.GetArrayLength() != 1)
            {
                return null;
            }

            var card = cards[0];
            return card.ValueKind == JsonValueKind.Array && card.GetArrayLength() == 2
                && card[0].ValueKind == JsonValueKind.String && card[0].GetString() is "markdown" or "card-markdown"
                && card[1].ValueKind == JsonValueKind.Object
                && card[1].TryGetProperty("markdown", out var markdown) && markdown.ValueKind == JsonValueKind.String
                ? markdown.GetString()
                : null;
        }
        catch (JsonException)
        {
            // A broken mobiledoc still has Ghost's rendered HTML beside it.
            return null;
        }
    }
}
