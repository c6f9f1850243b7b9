namespace Marquee.Platform;

/// <summary>Options that can say what is wrong with them, in one sentence naming the key and the value.</summary>
public interface ICheckedOptions
{
    /// <summary>What is wrong with these settings, or null.</summary>
    string? Problem();
}
