namespace Marquee.Platform;

/// <summary>Newsroom sign-in limits and how long the links it mails stay valid.</summary>
public sealed class NewsroomOptions
{
    /// <summary>Sign-in, two-factor and password-reset submissions allowed per client address per minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(2);
}
