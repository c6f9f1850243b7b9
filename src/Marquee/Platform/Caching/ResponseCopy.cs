namespace Marquee.Platform.Caching;

/// <summary>Passes a response body through and keeps a copy of it, up to a limit past which it keeps nothing.</summary>
internal sealed class ResponseCopy(Stream body, int limit) : Stream
{
    private MemoryStream? _copy = new();

    /// <summary>Everything written, or null when it outgrew the limit.</summary>
    public byte[]? Bytes => _copy?.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        body.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return body.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => body.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => body.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        if (_copy is not null && _copy.Length + buffer.Length > limit)
        {
            _copy = null;
        }

        _copy?.Write(buffer);
    }
}
