namespace Marquee.Media.Photos;

/// <summary>What a person says about a photo when uploading or editing it; checked by PhotoMetadataRules.</summary>
public sealed record PhotoMetadata
{
    public string? Caption { get; init; }

    public string? AltText { get; init; }

    public string? Credit { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public DateTime? LicenceExpiresAt { get; init; }

    public double FocalX { get; init; } = 0.5;

    public double FocalY { get; init; } = 0.5;

    /// <summary>Who uploaded it (a newsroom user's e-mail or a CLI label).</summary>
    public required string CreatedBy { get; init; }
}
