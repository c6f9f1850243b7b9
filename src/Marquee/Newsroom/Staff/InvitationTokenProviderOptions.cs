using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsroom.Staff;

/// <summary>A type of its own so invitations and password resets can live for different times.</summary>
internal sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions;
