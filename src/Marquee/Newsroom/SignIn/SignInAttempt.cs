using System.Net;
using System.Security.Cryptography;
using System.Text;
using Marquee.Platform.Http;

namespace Marquee.Newsroom.SignIn;

/// <summary>Who tried to sign in as whom, as <see cref="SignInFailures"/> counts it: a hash of the address, and the client's network.</summary>
public sealed record SignInAttempt(string Account, string Client)
{
    public static SignInAttempt Of(string? email, IPAddress? client) => new(AccountOf(email ?? ""), ClientAddress.KeyOf(client));

    public static string AccountOf(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));
}
