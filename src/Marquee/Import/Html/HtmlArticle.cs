namespace Marquee.Import.Html;

/// <summary>An article read from a saved web page: its metadata and its body as HTML.</summary>
public sealed record HtmlArticle(PageMetadata Metadata, string Headline, string BodyHtml, string BodyText);
