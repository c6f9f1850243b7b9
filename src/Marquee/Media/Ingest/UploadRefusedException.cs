namespace Marquee.Media.Ingest;

/// <summary>An upload that cannot become a photo; the message says what is wrong and why, for the person who sent it.</summary>
public sealed class UploadRefusedException(string message) : Exception(message);
