using System.Diagnostics;
using System.Globalization;

namespace Marquee.Tests.Infrastructure;

/// <summary>npm's s3rver (tests/clients/s3-server.mjs) on a free 127.0.0.1 port with one bucket, files in a folder of its own; stopped on dispose.</summary>
public sealed class S3rverProcess : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "marquee-s3rver", Guid.NewGuid().ToString("n"));
    private Process? _process;

    public string Bucket { get; } = "marquee-media";

    public string ServiceUrl { get; private set; } = "";

    /// <summary>The Marquee:Media:S3 settings that point a server at this store (s3rver's fixed credentials).</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Marquee:Media:S3:ServiceUrl"] = ServiceUrl,
        ["Marquee:Media:S3:Bucket"] = Bucket,
        ["Marquee:Media:S3:AccessKey"] = "S3RVER",
        ["Marquee:Media:S3:SecretKey"] = "S3RVER",
        ["Marquee:Media:S3:ForcePathStyle"] = "true",
    };

    public async Task StartAsync()
    {
        var port = FreePorts.Next();
        Directory.CreateDirectory(_folder);
        _process = await NodeClients.StartAsync("s3-server.mjs", [port.ToString(CultureInfo.InvariantCulture), _folder, Bucket]);
        var ready = await _process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
        if (ready != "ready")
        {
            throw new InvalidOperationException($"s3rver did not start: {await _process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)}");
        }

        ServiceUrl = $"http://127.0.0.1:{port}";
    }

    /// <summary>Object keys in the bucket, as s3rver lays them out on disk (each object is a folder of its own files).</summary>
    public IReadOnlyList<string> Keys()
    {
        var bucket = Path.Combine(_folder, Bucket);
        return [.. Directory.EnumerateFiles(bucket, "*._S3rver_object", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(bucket, file)[..^"._S3rver_object".Length].Replace(Path.DirectorySeparatorChar, '/'))
            .Order()];
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
