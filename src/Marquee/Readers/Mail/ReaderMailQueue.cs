using System.Threading.Channels;
using Marquee.Platform.Mail;
using Microsoft.Extensions.Options;

namespace Marquee.Readers.Mail;

/// <summary>
/// Reader mail leaves after the page has answered, at most Marquee:Readers:MailsPerSecond: talking to the mail
/// server would otherwise make the answer's timing say something, and a flood would become the server's problem.
/// A full queue drops the excess and a stopped node loses what it held; the reader asks for another code.
/// </summary>
public sealed class ReaderMailQueue(Mailer mailer, IOptions<ReaderOptions> options, TimeProvider clock, ILogger<ReaderMailQueue> logger) : BackgroundService
{
    private const int Capacity = 10_000;

    private readonly Channel<ReaderMail> _mails = Channel.CreateBounded<ReaderMail>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Enqueue(ReaderMail mail) => _mails.Writer.TryWrite(mail);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var spacing = TimeSpan.FromSeconds(1.0 / options.Value.MailsPerSecond);
        await foreach (var mail in _mails.Reader.ReadAllAsync(stoppingToken))
        {
            var started = clock.GetTimestamp();
            try
            {
                await mailer.SendAsync(mail.To, mail.Subject, mail.Body, mail.Headers, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(error, "Could not mail a reader");
            }

            var rest = spacing - clock.GetElapsedTime(started);
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest, clock, stoppingToken);
            }
        }
    }
}
