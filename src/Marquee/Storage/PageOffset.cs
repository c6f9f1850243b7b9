namespace Marquee.Storage;

/// <summary>
/// Where page N of a list starts, for Skip. A page far past the end (?page=2147483647) stays past the end
/// rather than overflowing int into a negative OFFSET, which PostgreSQL refuses (a 500) and SQLite reads as 0.
/// </summary>
public static class PageOffset
{
    public static int Of(int page, int pageSize) => (int)Math.Min(Math.Max(page - 1, 0) * (long)pageSize, int.MaxValue);
}
