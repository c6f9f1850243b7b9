namespace Marquee.Import;

/// <summary>One item read from an import file, with where it came from for error messages ("post 12 'hello-world'").</summary>
public sealed record ImportRecord<T>(string Where, T Item);
