using Marquee.Readers.Mail;

namespace Marquee.Readers.SignIn;

/// <summary>The words of the mails that carry codes; the code is in the subject too, for phones that show only that.</summary>
internal static class CodeMails
{
    public static ReaderMail For(string email, CodePurpose purpose, string code, string link, TimeSpan lifetime) => purpose switch
    {
        CodePurpose.DeleteAccount => new ReaderMail(
            email,
            $"{code} is your code to delete your account",
            $"""
            Someone, probably you, asked to delete the reader account of {email}.

            To confirm, type this code on the account page: {code}

            It works once, for {Minutes(lifetime)}. If you did not ask, ignore this mail: nothing is deleted without it.
            """),
        _ => new ReaderMail(
            email,
            $"{code} is your sign-in code",
            $"""
            Your sign-in code: {code}

            Or open this link and press the button on the page: {link}

            The code and the link work once, for {Minutes(lifetime)}. If you did not ask for them, ignore this mail.
            """),
    };

    private static string Minutes(TimeSpan lifetime) => $"{(int)lifetime.TotalMinutes} minutes";
}
