namespace Marquee.Readers.Accounts;

/// <summary>
/// What a desk above Readers keeps about a reader's address (newsletters, entries …): it goes into the reader's export
/// under <see cref="Name"/>, and is forgotten when the account is deleted. Readers knows no such desk by name.
/// </summary>
public interface IReaderData
{
    /// <summary>The export's key for this part.</summary>
    string Name { get; }

    Task<object> ExportAsync(string email, CancellationToken cancellationToken);

    Task ForgetAsync(string email, CancellationToken cancellationToken);
}
