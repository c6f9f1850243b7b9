using System.CommandLine;
using Marquee.Newsroom.Staff;
using Marquee.Tips.Access;

namespace Marquee.Cli;

internal static class UserCommand
{
    public static Command Create() => new("user", "Manage newsroom users.") { Add(), Password(), Tips() };

    private static Command Add()
    {
        var email = EmailOption();
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var role = new Option<string>("--role") { Description = "contributor | author | editor | administrator", Required = true };
        var add = new Command("add", $"Add a newsroom user. The password (at least {StaffAccountRules.MinPasswordLength} characters) is read from standard input.")
        {
            email,
            name,
            role,
        };
        add.SetAction((result, cancellationToken) => CliHost.RunAsync(
            async (services, token) =>
            {
                var user = await services.GetRequiredService<AddStaffUser>()
                    .AddAsync(result.GetValue(email)!, result.GetValue(name)!, result.GetValue(role)!, await ReadPasswordAsync(token), token);
                Console.WriteLine($"Added {user.Role.ToString().ToLowerInvariant()} {user.Email}");
                return 0;
            },
            cancellationToken));
        return add;
    }

    /// <summary>Where a lost password (the demo administrator's, printed once) comes back without mail set up.</summary>
    private static Command Password()
    {
        var email = EmailOption();
        var password = new Command("password", "Set a newsroom user's password, read from standard input (the same checks as everywhere); their sessions end.")
        {
            email,
        };
        password.SetAction((result, cancellationToken) => CliHost.RunAsync(
            async (services, token) =>
            {
                var address = result.GetValue(email)!.Trim();
                await services.GetRequiredService<PasswordResets>().ResetByOperatorAsync(address, await ReadPasswordAsync(token), token);
                Console.WriteLine($"Set a new password for {address}; their sessions have ended");
                return 0;
            },
            cancellationToken));
        return password;
    }

    /// <summary>Reading tips is a permission no role implies (decision 0066): an operator gives it to each tip editor.</summary>
    private static Command Tips()
    {
        var email = EmailOption();
        var tips = new Command("tips", "Give a newsroom user the tips permission (the tip desk's inbox); it applies from their next sign-in.")
        {
            email,
        };
        tips.SetAction((result, cancellationToken) => CliHost.RunAsync(
            async (services, _) =>
            {
                var address = result.GetValue(email)!.Trim();
                await services.GetRequiredService<TipDeskMembers>().GrantAsync(address);
                Console.WriteLine($"Gave {address} the tips permission; it applies from their next sign-in");
                return 0;
            },
            cancellationToken));
        return tips;
    }

    private static Option<string> EmailOption() => new("--email") { Description = "Login email", Required = true };

    private static async Task<string> ReadPasswordAsync(CancellationToken cancellationToken) =>
        (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
}
