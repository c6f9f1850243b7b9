using Marquee.Newsroom.Access;
using Microsoft.AspNetCore.Http;

namespace Marquee.Tests.Newsroom;

/// <summary>Over HTTPS the staff cookie takes the __Host- prefix, which browsers accept only Secure, host-only and for path "/".</summary>
public sealed class StaffCookieTests
{
    [Theory]
    [InlineData("https", "__Host-marquee-staff=value; path=/; secure; samesite=lax; httponly")]
    [InlineData("http", "marquee-staff=value; path=/; samesite=lax; httponly")]
    public void The_cookie_name_and_flags_follow_the_request_scheme(string scheme, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        var options = new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/", Domain = "example.com", Secure = false };

        new HostPrefixedCookieManager().AppendResponseCookie(context, "marquee-staff", "value", options);

        Assert.Equal(expected, context.Response.Headers.SetCookie.ToString().Replace("; domain=example.com", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Over_https_the_cookie_is_host_only()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";

        new HostPrefixedCookieManager().AppendResponseCookie(context, "marquee-staff", "value", new CookieOptions { Domain = "example.com" });

        Assert.DoesNotContain("domain=", context.Response.Headers.SetCookie.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
