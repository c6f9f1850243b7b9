namespace Marquee.Newsroom.Access;

/// <summary>The newsroom's addresses, named once for redirects, links and mails.</summary>
public static class NewsroomPaths
{
    public const string Root = "/newsroom";

    public const string Login = "/newsroom/login";

    public const string TwoFactorLogin = "/newsroom/login/two-factor";

    public const string Logout = "/newsroom/logout";

    public const string Account = "/newsroom/account";

    public const string TwoFactorSetup = "/newsroom/account/two-factor";

    public const string Passkeys = "/newsroom/account/passkeys";

    public const string Staff = "/newsroom/staff";

    public const string Keys = "/newsroom/keys";

    public const string Articles = "/newsroom/articles";

    public const string Tags = "/newsroom/tags";

    public const string Authors = "/newsroom/authors";

    public const string TagLookup = "/newsroom/lookup/tags";

    public const string AuthorLookup = "/newsroom/lookup/authors";

    /// <summary>Where the editor's tag picker creates a tag on the fly (editors and administrators).</summary>
    public const string CreateTag = "/newsroom/tags?handler=Create";

    public const string NewArticle = "/newsroom/articles/new";

    public static string Article(long id) => $"/newsroom/articles/{id}";

    public const string Invitation = "/newsroom/invitation";

    public const string ForgotPassword = "/newsroom/forgot-password";

    public const string ResetPassword = "/newsroom/reset-password";

    /// <summary>A link carrying a user id and an Identity token, as mailed for invitations and resets.</summary>
    public static string WithToken(string origin, string path, long userId, string token) =>
        $"{origin}{path}?user={userId}&token={Uri.EscapeDataString(token)}";
}
