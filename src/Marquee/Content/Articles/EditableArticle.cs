namespace Marquee.Content.Articles;

/// <summary>A stored article as the newsroom edits it: its fields in the form a save takes, and what the workflow needs.</summary>
public sealed record EditableArticle(long Id, int Version, long? CreatedByStaffId, ArticleInput Fields);
