using Marquee.Newsletters.Desk;
using Marquee.Newsroom.Account;
using Marquee.Newsroom.Articles;
using Marquee.Newsroom.Dashboard;
using Marquee.Newsroom.Keys;
using Marquee.Newsroom.Live;
using Marquee.Newsroom.Lookup;
using Marquee.Newsroom.Photos;
using Marquee.Newsroom.SignIn;
using Marquee.Newsroom.Staff;
using Marquee.Newsroom.Taxonomy;
using Marquee.Tips.Inbox;
using Marquee.Tips.Keys;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// Every newsroom endpoint with its minimum role: a new newsroom page adds its rows here, and
/// NewsroomAccessMatrixTests checks each against anonymous and every role (and that none is missing);
/// an article's endpoints also on a real article, the person's own and someone else's.
/// Signing out (here and everywhere) comes last, as it ends the session the matrix uses.
/// </summary>
public static class NewsroomEndpoints
{
    private const string Get = "GET";
    private const string Post = "POST";

    /// <summary>The endpoints of one article (its editor and handlers, its revisions): who may open it decides.</summary>
    public static IEnumerable<NewsroomEndpoint> OfAnArticle => All.Where(e => e.OnArticle is not null);

    public static IReadOnlyList<NewsroomEndpoint> All { get; } =
    [
        new(typeof(DashboardPage), Get, "/newsroom", "", StaffRole.Contributor, "200"),
        new(typeof(AccountPage), Get, "/newsroom/account", "", StaffRole.Contributor, "200"),
        new(typeof(AccountPage), Post, "/newsroom/account", "Password", StaffRole.Contributor, "422"),
        new(typeof(TwoFactorSetupPage), Get, "/newsroom/account/two-factor", "", StaffRole.Contributor, "200"),
        new(typeof(TwoFactorSetupPage), Post, "/newsroom/account/two-factor", "Enable", StaffRole.Contributor, "422"),
        new(typeof(TwoFactorSetupPage), Post, "/newsroom/account/two-factor", "Disable", StaffRole.Contributor, "302 /newsroom/account"),
        new(typeof(PasskeysPage), Get, "/newsroom/account/passkeys", "", StaffRole.Contributor, "200"),
        new(typeof(PasskeysPage), Post, "/newsroom/account/passkeys", "CreationOptions", StaffRole.Contributor, "422"),
        new(typeof(PasskeysPage), Post, "/newsroom/account/passkeys", "Add", StaffRole.Contributor, "422"),
        new(typeof(PasskeysPage), Post, "/newsroom/account/passkeys", "Rename", StaffRole.Contributor, "422"),
        new(typeof(PasskeysPage), Post, "/newsroom/account/passkeys", "Remove", StaffRole.Contributor, "422"),
        new(typeof(StaffPage), Get, "/newsroom/staff", "", StaffRole.Administrator, "200"),
        new(typeof(StaffPage), Post, "/newsroom/staff", "Invite", StaffRole.Administrator, "422"),
        new(typeof(StaffPage), Post, "/newsroom/staff", "Role", StaffRole.Administrator, "422"),
        new(typeof(StaffPage), Post, "/newsroom/staff", "Disable", StaffRole.Administrator, "422"),
        new(typeof(StaffPage), Post, "/newsroom/staff", "Enable", StaffRole.Administrator, "422"),
        new(typeof(StaffPage), Post, "/newsroom/staff", "SignOut", StaffRole.Administrator, "422"),
        new(typeof(KeysPage), Get, "/newsroom/keys", "", StaffRole.Administrator, "200"),
        new(typeof(KeysPage), Post, "/newsroom/keys", "Add", StaffRole.Administrator, "422"),
        new(typeof(KeysPage), Post, "/newsroom/keys", "Revoke", StaffRole.Administrator, "422"),
        new(typeof(ArticlesPage), Get, "/newsroom/articles", "", StaffRole.Contributor, "200"),
        new(typeof(NewArticlePage), Get, "/newsroom/articles/new", "", StaffRole.Contributor, "200"),
        new(typeof(NewArticlePage), Post, "/newsroom/articles/new", "", StaffRole.Contributor, "422"),
        new(typeof(NewArticlePage), Post, "/newsroom/articles/new", "Render", StaffRole.Contributor, "200"),
        new(typeof(EditorPage), Get, "/newsroom/articles/{id}", "", StaffRole.Contributor, "404", "200"),
        new(typeof(EditorPage), Post, "/newsroom/articles/{id}", "Save", StaffRole.Contributor, "404", "409"),
        new(typeof(EditorPage), Post, "/newsroom/articles/{id}", "Move", StaffRole.Contributor, "404", "409"),
        new(typeof(EditorPage), Post, "/newsroom/articles/{id}", "Restore", StaffRole.Contributor, "404", "422"),
        new(typeof(EditorPage), Post, "/newsroom/articles/{id}", "TakeOver", StaffRole.Contributor, "404", "200"),
        new(typeof(EditorPage), Post, "/newsroom/articles/{id}", "Preview", StaffRole.Contributor, "404", "200"),
        new(typeof(EditorPage), Post, "/newsroom/articles/{id}", "Heartbeat", StaffRole.Contributor, "404", "200"),
        new(typeof(EditorPage), Post, "/newsroom/articles/{id}", "Reopen", StaffRole.Contributor, "404", "200"),
        new(typeof(EditorPage), Post, "/newsroom/articles/{id}", "Release", StaffRole.Contributor, "404", "204"),
        new(typeof(EditorPage), Post, "/newsroom/articles/{id}", "Render", StaffRole.Contributor, "404", "200"),
        new(typeof(EditorPage), Post, "/newsroom/articles/{id}", "FindPhotos", StaffRole.Contributor, "404", "200"),
        new(typeof(RevisionsPage), Get, "/newsroom/articles/{id}/revisions", "", StaffRole.Contributor, "404", "200"),
        new(typeof(LibraryPage), Get, "/newsroom/photos", "", StaffRole.Contributor, "200"),
        new(typeof(UploadPage), Get, "/newsroom/photos/upload", "", StaffRole.Contributor, "200"),
        new(typeof(UploadPage), Post, "/newsroom/photos/upload", "", StaffRole.Contributor, "422"),
        new(typeof(UploadPage), Post, "/newsroom/photos/upload", "File", StaffRole.Contributor, "422"),
        new(typeof(PhotoPage), Get, "/newsroom/photos/{id}", "", StaffRole.Contributor, "404"),
        new(typeof(PhotoPage), Post, "/newsroom/photos/{id}", "Save", StaffRole.Contributor, "404"),
        new(typeof(PhotoPage), Post, "/newsroom/photos/{id}", "Retry", StaffRole.Contributor, "404"),
        new(typeof(PhotoPage), Post, "/newsroom/photos/{id}", "Credit", StaffRole.Contributor, "404"),
        new(typeof(DeletePhotoPage), Get, "/newsroom/photos/{id}/delete", "", StaffRole.Editor, "404"),
        new(typeof(DeletePhotoPage), Post, "/newsroom/photos/{id}/delete", "", StaffRole.Editor, "404"),
        new(typeof(TagsPage), Get, "/newsroom/tags", "", StaffRole.Editor, "200"),
        new(typeof(TagsPage), Post, "/newsroom/tags", "Save", StaffRole.Editor, "422"),
        new(typeof(TagsPage), Post, "/newsroom/tags", "Create", StaffRole.Editor, "422"),
        new(typeof(LookupEndpoints), Get, "/newsroom/lookup/tags", "", StaffRole.Contributor, "200"),
        new(typeof(LookupEndpoints), Get, "/newsroom/lookup/authors", "", StaffRole.Contributor, "200"),
        new(typeof(LiveDeskPage), Get, "/newsroom/live/{id}", "", StaffRole.Author, "404"),
        new(typeof(LiveDeskPage), Post, "/newsroom/live/{id}", "Post", StaffRole.Author, "404"),
        new(typeof(LiveDeskPage), Post, "/newsroom/live/{id}", "Edit", StaffRole.Author, "404"),
        new(typeof(LiveDeskPage), Post, "/newsroom/live/{id}", "Mark", StaffRole.Author, "404"),
        new(typeof(LiveDeskPage), Post, "/newsroom/live/{id}", "Coverage", StaffRole.Author, "404"),
        new(typeof(InboxPage), Get, "/newsroom/tips", "", StaffRole.Contributor, "200", Permission: "tips"),
        new(typeof(InboxPage), Post, "/newsroom/tips", "HandOver", StaffRole.Contributor, "302", Permission: "tips"),
        new(typeof(InboxPage), Post, "/newsroom/tips", "Unlock", StaffRole.Contributor, "422", Permission: "tips"),
        new(typeof(InboxPage), Post, "/newsroom/tips", "Lock", StaffRole.Contributor, "200", Permission: "tips"),
        new(typeof(TipPage), Get, "/newsroom/tips/{id}", "", StaffRole.Contributor, "302 /newsroom/tips", Permission: "tips"),
        new(typeof(TipPage), Get, "/newsroom/tips/{id}", "File", StaffRole.Contributor, "302 /newsroom/tips", Permission: "tips"),
        new(typeof(TipPage), Post, "/newsroom/tips/{id}", "Assign", StaffRole.Contributor, "302 /newsroom/tips", Permission: "tips"),
        new(typeof(TipPage), Post, "/newsroom/tips/{id}", "Move", StaffRole.Contributor, "302 /newsroom/tips", Permission: "tips"),
        new(typeof(TipPage), Post, "/newsroom/tips/{id}", "Note", StaffRole.Contributor, "302 /newsroom/tips", Permission: "tips"),
        new(typeof(TipPage), Post, "/newsroom/tips/{id}", "Delete", StaffRole.Contributor, "302 /newsroom/tips", Permission: "tips"),
        new(typeof(TipKeyPage), Get, "/newsroom/tips/key", "", StaffRole.Contributor, "200", Permission: "tips"),
        new(typeof(TipKeyPage), Post, "/newsroom/tips/key", "Create", StaffRole.Contributor, "422", Permission: "tips"),
        new(typeof(ListsPage), Get, "/newsroom/newsletters", "", StaffRole.Editor, "200"),
        new(typeof(ListsPage), Post, "/newsroom/newsletters", "Create", StaffRole.Editor, "422"),
        new(typeof(ListPage), Get, "/newsroom/newsletters/{id}", "", StaffRole.Editor, "404"),
        new(typeof(ListPage), Post, "/newsroom/newsletters/{id}", "Save", StaffRole.Editor, "404"),
        new(typeof(AuthorsPage), Get, "/newsroom/authors", "", StaffRole.Editor, "200"),
        new(typeof(AuthorsPage), Post, "/newsroom/authors", "Save", StaffRole.Editor, "422"),
        new(typeof(LoginPage), Get, "/newsroom/login", "", null, "200"),
        new(typeof(LoginPage), Post, "/newsroom/login", "", null, "422"),
        new(typeof(LoginPage), Post, "/newsroom/login", "PasskeyOptions", null, "200"),
        new(typeof(LoginPage), Post, "/newsroom/login", "Passkey", null, "422"),
        new(typeof(TwoFactorLoginPage), Get, "/newsroom/login/two-factor", "", null, NewsroomEndpoint.ToLogin),
        new(typeof(TwoFactorLoginPage), Post, "/newsroom/login/two-factor", "", null, NewsroomEndpoint.ToLogin),
        new(typeof(ForgotPasswordPage), Get, "/newsroom/forgot-password", "", null, "200"),
        new(typeof(ForgotPasswordPage), Post, "/newsroom/forgot-password", "", null, "200"),
        new(typeof(ResetPasswordPage), Get, "/newsroom/reset-password", "", null, "400"),
        new(typeof(ResetPasswordPage), Post, "/newsroom/reset-password", "", null, "422"),
        new(typeof(InvitationPage), Get, "/newsroom/invitation", "", null, "400"),
        new(typeof(InvitationPage), Post, "/newsroom/invitation", "", null, "422"),
        new(typeof(LogoutPage), Get, "/newsroom/logout", "", StaffRole.Contributor, "200"),
        new(typeof(LogoutPage), Post, "/newsroom/logout", "", StaffRole.Contributor, NewsroomEndpoint.ToLogin),
        new(typeof(AccountPage), Post, "/newsroom/account", "SignOutEverywhere", StaffRole.Contributor, NewsroomEndpoint.ToLogin),
    ];
}
