using Marquee.Tips.Submissions;

namespace Marquee.Tips.Inbox;

public sealed record OpenedFile(long Id, SealedFileName Described, long SealedBytes);
