using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core runs for one request. The request carries a <c>traceparent</c> of its own; ASP.NET Core
/// adopts it as the request's activity while something listens to its activity source, so each command is told apart from
/// every other server's in this process (and from background jobs) by the activity current when it runs.
/// </summary>
public sealed class RequestCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<string>> _commands = new();
    private readonly ConcurrentBag<IDisposable> _subscriptions = [];
    private readonly ActivityListener _requests = new()
    {
        ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
    };

    public RequestCommands()
    {
        ActivitySource.AddActivityListener(_requests);
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>GETs <paramref name="path"/> (which must answer 200) and returns the SQL of every command run for it, in order.</summary>
    public async Task<IReadOnlyList<string>> OfAsync(HttpClient client, string path)
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        return _commands.TryGetValue(trace, out var commands) ? [.. commands] : [];
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && Activity.Current is { } request && value.Value is CommandEventData command)
        {
            _commands.GetOrAdd(request.TraceId, _ => new ConcurrentQueue<string>()).Enqueue(command.Command.CommandText);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }

        _requests.Dispose();
    }
}
