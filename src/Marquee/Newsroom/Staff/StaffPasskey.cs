using System.Buffers.Text;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsroom.Staff;

/// <summary>A passkey as its owner sees it: the credential id (base64url, as forms carry it), the name they gave it, when it was added.</summary>
public sealed record StaffPasskey(string Id, string Name, DateTimeOffset CreatedAt)
{
    public static StaffPasskey From(UserPasskeyInfo passkey) =>
        new(Base64Url.EncodeToString(passkey.CredentialId), passkey.Name ?? "", passkey.CreatedAt);
}
