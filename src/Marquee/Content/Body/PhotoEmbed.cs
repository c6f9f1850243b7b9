namespace Marquee.Content.Body;

/// <summary>One <c>{{photo N}}</c> of a body: the library photo's number and the caption the story gives it instead of the photo's own (null: the photo's).</summary>
public sealed record PhotoEmbed(long PhotoId, string? Caption);
