namespace Marquee.Tips.Submissions;

/// <summary>A submission refused before anything was stored: the HTTP status and what the source is told.</summary>
public sealed class TipRefusedException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
