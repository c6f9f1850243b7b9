using Marquee.Content.Articles;

namespace Marquee.Newsroom.Workflow;

/// <summary>
/// A requested workflow move: where to, when to publish (scheduling needs a time still to come), when to
/// come down again (optional), and a note for the audit log ("changes requested: …").
/// </summary>
public sealed record StateChange(EditorialState To, DateTime? PublishAt = null, DateTime? UnpublishAt = null, string? Note = null);
