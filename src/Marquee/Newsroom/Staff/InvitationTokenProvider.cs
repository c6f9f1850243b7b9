using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marquee.Newsroom.Staff;

/// <summary>Signed invitation links with their own lifetime (days, where a password reset lasts hours); single use, as accepting changes the security stamp.</summary>
internal sealed class InvitationTokenProvider(
    IDataProtectionProvider protection,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<StaffUser>> logger)
    : DataProtectorTokenProvider<StaffUser>(protection, options, logger)
{
    public const string ProviderName = "Invitation";

    public const string Purpose = "Invitation";
}
