using Marquee.Newsroom.Access;
using Marquee.Newsroom.Staff;
using Marquee.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// What the passkey script does in a browser, over HTTP: ask an options handler (with the form's antiforgery
/// token and an Origin header, as browsers send), let the software authenticator answer, post the answer.
/// </summary>
public static class PasskeyDriver
{
    public const string LoginOptions = "/newsroom/login?handler=PasskeyOptions";
    public const string LoginAnswer = "/newsroom/login?handler=Passkey";
    public const string CreationOptions = "/newsroom/account/passkeys?handler=CreationOptions";
    public const string Add = "/newsroom/account/passkeys?handler=Add";

    /// <summary>A session whose requests carry the server's origin, as a browser's POSTs do.</summary>
    public static StaffSession WithOrigin(this StaffSession session, MarqueeServer server)
    {
        session.Client.DefaultRequestHeaders.Add("Origin", server.BaseAddress.GetLeftPart(UriPartial.Authority));
        return session;
    }

    public static async Task<string> CreationOptionsAsync(StaffSession session, string name, string password = StaffSession.Password)
    {
        using var response = await session.PostAsync(CreationOptions, new() { ["Name"] = name, ["Password"] = password }, NewsroomPaths.Passkeys);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Registers the authenticator's passkey under a name; returns the Add answer (200 with the list when accepted).</summary>
    public static async Task<HttpResponseMessage> RegisterAsync(StaffSession session, SoftwareAuthenticator authenticator, string name)
    {
        var credential = authenticator.Create(await CreationOptionsAsync(session, name));
        return await session.PostAsync(Add, new() { ["Name"] = name, ["Credential"] = credential }, NewsroomPaths.Passkeys);
    }

    public static async Task<string> RequestOptionsAsync(StaffSession session)
    {
        using var response = await session.PostAsync(LoginOptions, [], NewsroomPaths.Login);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Signs in with the authenticator's passkey alone; returns the answer (a redirect on success).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(StaffSession session, SoftwareAuthenticator authenticator, string returnUrl = "") =>
        await session.PostAsync(LoginAnswer, new() { ["Credential"] = authenticator.Get(await RequestOptionsAsync(session)), ["ReturnUrl"] = returnUrl }, NewsroomPaths.Login);

    public static async Task<int> StoredPasskeysAsync(MarqueeServer server, string email)
    {
        using var scope = server.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email);
        return await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().UserPasskeys.CountAsync(p => p.UserId == user!.Id, TestContext.Current.CancellationToken);
    }

    public static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error");
}
