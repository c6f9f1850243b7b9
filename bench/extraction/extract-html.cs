// Runs the HTML importer's reading step (no database) on the pages of both extraction benchmarks and prints one JSON
// line per page: {"page","refused","headline","dek","authors","published","body"}, the body as the text a reader sees once
// the story is rendered; Mozilla Readability's test pages too, for their metadata.
// `dotnet run -c Release bench/extraction/extract-html.cs -- CORPUS_DIR WORK_DIR` (the corpus's extraction folder).
#:project ../../src/Marquee/Marquee.csproj
#:property PublishAot=false
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Marquee.Content.Body;
using Marquee.Import;
using Marquee.Import.Html;

var corpus = args[0];
var work = Directory.CreateDirectory(Path.Combine(args[1], "scrapinghub")).FullName;
foreach (var gz in Directory.EnumerateFiles(Path.Combine(corpus, "scrapinghub-article-extraction-benchmark", "html"), "*.html.gz"))
{
    using var source = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress);
    using var target = File.Create(Path.Combine(work, Path.GetFileName(gz)[..^3]));
    source.CopyTo(target);
}

var pages = Directory.EnumerateFiles(work, "*.html").Select(f => ($"scrapinghub/{Path.GetFileName(f)[..^5]}", f))
    .Concat(Directory.EnumerateFiles(Path.Combine(corpus, "trafilatura-eval-sample", "html")).Select(f => ($"trafilatura/{Path.GetFileName(f)}", f)))
    .Concat(Directory.EnumerateDirectories(Path.Combine(corpus, "..", "readability")).Select(d => ($"readability/{Path.GetFileName(d)}", Path.Combine(d, "source.html"))));
var parser = new HtmlParser();
var blockEnd = new Regex(@"</(?:p|div|h[1-6]|li|blockquote|figcaption|tr|pre|table|ul|ol)>|<br\s*/?>", RegexOptions.IgnoreCase);
foreach (var (name, file) in pages.OrderBy(p => p.Item1, StringComparer.Ordinal))
{
    object line;
    try
    {
        var batch = new HtmlFormat().Read(file);
        var article = batch.Articles.Single().Item;
        var html = parser.ParseDocument(blockEnd.Replace(BodyRenderer.ToHtml(article.BodyMarkdown), m => m.Value + "\n"));
        var authors = batch.Authors.Select(a => a.Item.Name);
        line = new { page = name, refused = (string?)null, headline = article.Headline, dek = article.Dek, authors, published = article.PublishedAt, body = html.Body!.TextContent };
    }
    catch (ImportException refused)
    {
        line = new { page = name, refused = refused.Reason, headline = "", dek = "", authors = Array.Empty<string>(), published = (DateTime?)null, body = "" };
    }

    Console.WriteLine(JsonSerializer.Serialize(line));
}
