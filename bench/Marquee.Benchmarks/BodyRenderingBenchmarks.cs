using BenchmarkDotNet.Attributes;
using Marquee.Content.Body;

namespace Marquee.Benchmarks;

/// <summary>
/// Markdown to sanitised HTML runs on every save and import (never on a page view): this bounds
/// how fast an import of 100,000 articles can go.
/// </summary>
[MemoryDiagnoser]
public class BodyRenderingBenchmarks
{
    private string _article = "";

    [GlobalSetup]
    public void Setup()
    {
        var paragraph = "It's no surprise that the 2017 American Music Awards have brought some of the biggest names in music together for a night filled with *musical performances*. ";
        var body = new System.Text.StringBuilder();
        for (var i = 0; i < 8; i++)
        {
            body.Append(paragraph).Append(paragraph).Append("\n\n");
            if (i == 3)
            {
                body.Append(":::pullquote\n\"I love Kelly Clarkson,\" Pink shared.\n:::\n\n");
            }
        }

        _article = body.ToString();
    }

    [Benchmark]
    public string Render() => BodyRenderer.ToHtml(_article);

    [Benchmark]
    public string Excerpt() => BodyRenderer.Excerpt(_article);
}
