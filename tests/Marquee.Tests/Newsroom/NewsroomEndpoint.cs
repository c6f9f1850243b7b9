using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// One newsroom endpoint (a page's GET, or one of its POST handlers) and who may use it: MinimumRole null
/// means anyone, signed in or not. Allowed is the answer a permitted request with an empty form gets,
/// as "200" or "302 /path". OnArticle, for an article's endpoints, is the answer on a real article this
/// person may open, posted with an editor tab's fields (a version and a lock token). Permission names a capability
/// no role has by itself (the tip desk's): every role without it is refused.
/// </summary>
public sealed record NewsroomEndpoint(Type Page, string Method, string Path, string Handler, StaffRole? MinimumRole, string Allowed, string? OnArticle = null, string? Permission = null)
{

    public const string ToLogin = "302 /newsroom/login";

    public string Url => Handler.Length == 0 ? Path : $"{Path}?handler={Handler}";

    public bool IsAnonymous => MinimumRole is null;

    /// <summary>The URL for one real article, for the endpoints whose path names one.</summary>
    public string UrlOf(long articleId) => Url.Replace("{id}", articleId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Anonymous visitors are sent to sign in; signed-in people below the role are refused.</summary>
    public string ExpectedFor(StaffRole? role) =>
        Permission is not null ? role is null ? ToLogin : "403"
        : MinimumRole is not { } minimum || role >= minimum ? Allowed
        : role is null ? ToLogin
        : "403";

    public override string ToString() => $"{Method} {Url}";
}
