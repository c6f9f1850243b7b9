using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsroom.Staff;

/// <summary>Identity's errors worded as Marquee's one-line reasons (the CLI prints them after "marquee: ").</summary>
internal sealed class StaffErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"password must be at least {length} characters");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"password must use at least {uniqueChars} different characters");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"a user with email {email} already exists");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail), $"a user with email {userName} already exists");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"'{email}' is not an email address");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "the current password is not correct");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "this link is invalid, has expired or was already used");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
