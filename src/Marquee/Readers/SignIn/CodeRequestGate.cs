using Marquee.Platform.Work;
using Microsoft.Extensions.Options;

namespace Marquee.Readers.SignIn;

/// <summary>
/// Before a form mails an address (a sign-in code, a newsletter link): a proof of work from /account/work (decision
/// 0076) lets it through at once; without one, a permit from one site-wide budget per minute, so a flood that skips
/// the work is held to that rate while readers without JavaScript still get their mail.
/// </summary>
public sealed class CodeRequestGate(WorkChallenges work, IOptions<ReaderOptions> options) : IDisposable
{
    public const string WorkPurpose = "reader-mail";

    /// <summary>The field a form's script fills with "{challenge}:{nonce}".</summary>
    public const string Field = "Work";

    private readonly UnprovenBudget _unproven = new(options.Value.UnprovenMailsPerMinute);

    /// <summary>Null when the mail may be asked for; otherwise why not (answered with 429).</summary>
    public string? Refusal(string? proof) =>
        _unproven.Admits(work.Accepts(WorkPurpose, proof)) ? null : "Many mails are being asked for just now: please try again in a minute (with JavaScript on, this form can send at once).";

    public void Dispose() => _unproven.Dispose();
}
