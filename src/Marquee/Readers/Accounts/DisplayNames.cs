namespace Marquee.Readers.Accounts;

/// <summary>The name a reader shows: one line of printable text, short enough for the masthead's account slot.</summary>
public static class DisplayNames
{
    public const int MaxLength = 60;

    /// <summary>The trimmed name, or a sentence saying what is wrong with it.</summary>
    public static (string? Name, string? Problem) Parse(string? typed)
    {
        var name = typed?.Trim() ?? "";
        return name switch
        {
            { Length: 0 } => (null, "Type the name you want shown."),
            { Length: > MaxLength } => (null, $"Your name is {name.Length} characters long; the most is {MaxLength}."),
            _ when name.Any(char.IsControl) => (null, "Your name must be one line of text, without line breaks or control characters."),
            _ => (name, null),
        };
    }
}
