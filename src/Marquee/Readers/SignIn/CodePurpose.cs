namespace Marquee.Readers.SignIn;

/// <summary>What a mailed code opens: a code asked for one purpose never serves another.</summary>
public enum CodePurpose
{
    SignIn = 1,

    /// <summary>Re-authentication before the account is deleted.</summary>
    DeleteAccount = 2,
}
