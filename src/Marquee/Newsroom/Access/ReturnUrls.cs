using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Access;

/// <summary>Where to go after signing in: only a path on this site, never an address an attacker put in the link.</summary>
public static class ReturnUrls
{
    public static string Safe(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : NewsroomPaths.Root;
}
