using System.Text.Json;

namespace Marquee.Tests.Infrastructure;

/// <summary>Checks an ANF article.json against tests/clients/anf/article.schema.json with npm's Ajv, an independent validator.</summary>
public static class AnfValidator
{
    /// <summary>What the schema rejects, one line per problem; empty when the document conforms.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(byte[] article)
    {
        using var result = JsonDocument.Parse(await NodeClients.RunAsync("validate-anf.mjs", [], article, "the ANF validator could not run"));
        return result.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}
