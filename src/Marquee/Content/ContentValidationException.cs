namespace Marquee.Content;

/// <summary>Content that cannot be saved as given; the message names the field and what is wrong.</summary>
public sealed class ContentValidationException(string message) : Exception(message);
