using Marquee.Content;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsroom.Staff;

/// <summary>Turns Identity's failures into the one-line validation errors the CLI and the pages show.</summary>
internal static class IdentityOutcome
{
    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ContentValidationException(string.Join("; ", result.Errors.Select(e => e.Description).Distinct()));
        }
    }
}
