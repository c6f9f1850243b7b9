namespace Marquee.Tests.Infrastructure;

/// <summary>What every refusal for going too fast must say: 429, when to come back (within a minute), and that no one may keep it.</summary>
public static class TooManyRequests
{
    public static void AssertRefused(RawHttp.Answer answer)
    {
        Assert.Equal(429, answer.Status);
        Assert.True(int.TryParse(answer.Header("Retry-After"), out var seconds) && seconds is > 0 and <= 60, $"Retry-After: {answer.Header("Retry-After")}");
        Assert.Equal("no-store", answer.Header("Cache-Control"));
    }
}
