namespace Marquee.Newsroom.Workflow;

/// <summary>Something this person's role or relation to the article does not allow; the message says what (the UI answers 403).</summary>
public sealed class WorkflowRefusedException(string message) : Exception(message)
{
    /// <summary>Throws when a rule gave a reason to refuse.</summary>
    public static void ThrowIf(string? refusal)
    {
        if (refusal is not null)
        {
            throw new WorkflowRefusedException(refusal);
        }
    }
}
