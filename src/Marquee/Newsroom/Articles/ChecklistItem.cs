namespace Marquee.Newsroom.Articles;

/// <summary>One line of the publish step's checklist: a needed item blocks publishing until it is done.</summary>
public sealed record ChecklistItem(string Key, string Text, bool Done, bool Blocking);
