namespace Marquee.Tests.Search;

/// <summary>Made-up words no other test's article holds, so each test finds only what it arranged.</summary>
public static class UniqueWords
{
    /// <summary>Ten lower-case letters from a new GUID (no digits: some tests misspell them).</summary>
    public static string Next() => string.Concat(Guid.NewGuid().ToString("n").Take(10).Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) + 3) % 26)));

    /// <summary>A name-like word: capitalised, as a person's name is written.</summary>
    public static string Name() => char.ToUpperInvariant(Next()[0]) + Next()[1..];
}
