using System.Threading.Channels;

namespace Marquee.Newsroom.Staff;

/// <summary>
/// "Forgot password" answers at once and mails from here, afterwards: looking the address up, making a token and
/// talking to the mail server would otherwise make a known address slower to answer than an unknown one. A flood
/// that fills the queue loses its excess; a node that stops loses what it had not sent, and the person asks again.
/// </summary>
public sealed class PasswordResetMailQueue(IServiceScopeFactory scopes, ILogger<PasswordResetMailQueue> logger) : BackgroundService
{
    private const int Capacity = 1000;

    private readonly Channel<(string? Email, string Origin)> _requests = Channel.CreateBounded<(string?, string)>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Enqueue(string? email, string origin) => _requests.Writer.TryWrite((email, origin));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (email, origin) in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PasswordResets>().RequestAsync(email, origin, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The person saw the same answer either way; the log is where a broken mail server shows.
                logger.LogWarning(error, "Could not mail a password reset link");
            }
        }
    }
}
