using System.CommandLine;
using Marquee.Newsroom.Staff;

namespace Marquee.Cli;

internal static class UserCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "Login email", Required = true };
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
                var password = (await Console.In.ReadLineAsync(token))?.TrimEnd('\r') ?? "";
                var user = await services.GetRequiredService<AddStaffUser>()
                    .AddAsync(result.GetValue(email)!, result.GetValue(name)!, result.GetValue(role)!, password, token);
                Console.WriteLine($"Added {user.Role.ToString().ToLowerInvariant()} {user.Email}");
                return 0;
            },
            cancellationToken));
        return new Command("user", "Manage newsroom users.") { add };
    }
}
