using Marquee.Newsroom.Staff;
using Marquee.Tips.Access;

namespace Marquee.Tests.Tips;

/// <summary>Tip editors as the tests need them: an account given the tips permission, signed in, with a key made over HTTP.</summary>
public static class TipEditors
{
    public const string Passphrase = "correct horse battery staple";

    public static async Task<StaffSession> SignInAsync(MarqueeServer server, StaffRole role = StaffRole.Editor)
    {
        var email = await StaffSession.CreateUserAsync(server, role, "Tip Editor");
        using (var scope = server.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<TipDeskMembers>().GrantAsync(email);
        }

        return await StaffSession.SignInAsync(server.BaseAddress, email);
    }

    public static async Task<StaffSession> WithKeyAsync(MarqueeServer server)
    {
        var editor = await SignInAsync(server);
        using var made = await editor.PostAsync("/newsroom/tips/key?handler=Create", new() { ["Passphrase"] = Passphrase, ["Confirmation"] = Passphrase });
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        return editor;
    }
}
