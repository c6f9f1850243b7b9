namespace Marquee.Content.Articles;

/// <summary>The lead photo. The credit travels with the image wherever it is shown.</summary>
public sealed record FeatureImage(string? Url, string? Alt, string? Caption, string? Credit)
{
    private const string UncreditedPrefix = "Uncredited (imported from ";

    /// <summary>The credit readers see: an import's placeholder is the newsroom's reminder to find the real one, never a credit to print.</summary>
    public string? ShownCredit => Credit?.StartsWith(UncreditedPrefix, StringComparison.Ordinal) == true ? null : Credit;

    /// <summary>What an importer credits a photo its source gave no credit for: accepted, listed for the newsroom, shown to no reader.</summary>
    public static string Uncredited(string source) => $"{UncreditedPrefix}{source})";
}
