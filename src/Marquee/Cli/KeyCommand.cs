using System.CommandLine;
using Marquee.Distribution.GhostContentApi.Keys;
using Marquee.Content;

namespace Marquee.Cli;

/// <summary>`marquee key add|list|remove`: Content API keys for front ends and apps.</summary>
internal static class KeyCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Who uses the key, e.g. \"Next.js front end\"", Required = true };
        var add = new Command("add", "Issue a Content API key; the key is printed on the last line.") { name };
        add.SetAction((result, cancellationToken) => CliHost.RunAsync(
            async (services, token) =>
            {
                var key = await services.GetRequiredService<ContentApiKeys>().AddAsync(result.GetValue(name)!, token);
                Console.WriteLine($"Added Content API key '{key.Name}'. Use it as ?key= on /ghost/api/content/:");
                Console.WriteLine(key.Secret);
                return 0;
            },
            cancellationToken));

        var list = new Command("list", "List Content API keys: name, key, created.");
        list.SetAction((_, cancellationToken) => CliHost.RunAsync(
            async (services, token) =>
            {
                foreach (var key in await services.GetRequiredService<ContentApiKeys>().ListAsync(token))
                {
                    Console.WriteLine($"{key.Name}\t{key.Secret}\t{key.CreatedAt:yyyy-MM-dd HH:mm}Z");
                }

                return 0;
            },
            cancellationToken));

        var removeName = new Option<string>("--name") { Description = "The key's name", Required = true };
        var remove = new Command("remove", "Revoke a Content API key at once, on every node.") { removeName };
        remove.SetAction((result, cancellationToken) => CliHost.RunAsync(
            async (services, token) =>
            {
                var keys = services.GetRequiredService<ContentApiKeys>();
                var removed = await services.GetRequiredService<ContentTransaction>().RunAsync(t => keys.RemoveAsync(result.GetValue(removeName)!, t), token);
                Console.WriteLine($"Removed Content API key '{removed}'");
                return 0;
            },
            cancellationToken));
        return new Command("key", "Manage Content API keys.") { add, list, remove };
    }
}
