namespace Marquee.Content.Articles;

/// <summary>What a note on a published story says: a correction of an error, or an update with news.</summary>
public enum CorrectionKind
{
    Correction,
    Update,
}
