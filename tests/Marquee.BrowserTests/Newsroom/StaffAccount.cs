using Marquee.Newsroom.Staff;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>A newsroom login the fixture creates; every account shares one long passphrase.</summary>
public sealed record StaffAccount(string Email, string Name, StaffRole Role)
{
    public const string Password = "a long newsroom passphrase";
}
