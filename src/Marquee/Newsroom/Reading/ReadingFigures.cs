using Marquee.Content.Reads;

namespace Marquee.Newsroom.Reading;

public sealed record ReadingFigures(IReadOnlyList<ReadingFigure> Stories, IReadOnlyList<ReadingFigure> Sections);
