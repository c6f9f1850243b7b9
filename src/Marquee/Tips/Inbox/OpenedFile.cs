using Marquee.Tips.Submissions;

namespace Marquee.Tips.Inbox;

/// <summary>A tip's file as the tip editor sees it before downloading: its name and type, its size sealed, and what it says about itself.</summary>
public sealed record OpenedFile(long Id, SealedFileName Described, long SealedBytes, FileMetadata Metadata);
