namespace Marquee.Content;

/// <summary>One step of a page's place in the site (Home › Music › the story), for BreadcrumbList.</summary>
public sealed record Breadcrumb(string Name, string Path);
