namespace Marquee.Content;

public enum SaveOutcome
{
    Unchanged,
    Created,
    Updated,
}
