// Runs the crawl importer's reading step (no database) on every record in a folder and prints one JSON line per file:
// {"file","refused","authors","body"}, the body as the text a reader sees. `dotnet run bench/extraction/extract.cs -- DIR`.
#:project ../../src/Marquee/Marquee.csproj
#:property PublishAot=false
using System.Text.Json;
using AngleSharp.Html.Parser;
using Marquee.Content.Body;
using Marquee.Import;
using Marquee.Import.Crawl;

var parser = new HtmlParser();
foreach (var file in Directory.EnumerateFiles(args[0], "*.txt").Order(StringComparer.Ordinal))
{
    object line;
    try
    {
        var batch = new CrawlFormat().Read(file);
        var article = batch.Articles.Single().Item;
        var html = parser.ParseDocument(BodyRenderer.ToHtml(article.BodyMarkdown));
        line = new { file = Path.GetFileName(file), refused = (string?)null, authors = batch.Authors.Select(a => a.Item.Name), body = html.Body!.TextContent };
    }
    catch (ImportException refused)
    {
        line = new { file = Path.GetFileName(file), refused = refused.Reason, authors = Array.Empty<string>(), body = "" };
    }

    Console.WriteLine(JsonSerializer.Serialize(line));
}
