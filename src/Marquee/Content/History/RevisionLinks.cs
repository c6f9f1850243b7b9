namespace Marquee.Content.History;

/// <summary>
/// The ids behind a revision's author and tag slugs, in the same order: a restore finds them by id after a
/// slug changed. Revisions written before these were kept have none.
/// </summary>
public sealed record RevisionLinks(IReadOnlyList<long> AuthorIds, IReadOnlyList<long> TagIds, long? PrimarySectionId);
