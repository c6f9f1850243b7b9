namespace Marquee.Import;

/// <summary>
/// Something an import file holds that Marquee leaves out on purpose (a duplicate row, a link to nothing),
/// following what the source system's own importer does. Reported with the counts, never silently lost.
/// </summary>
public sealed record ImportSkip(string Where, string Reason);
