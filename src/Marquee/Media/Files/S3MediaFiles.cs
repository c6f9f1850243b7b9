using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Marquee.Media.Files;

/// <summary>Media in an S3-compatible bucket, shared by every node.</summary>
internal sealed class S3MediaFiles(MediaS3Options options) : IMediaFiles, IDisposable
{
    private readonly AmazonS3Client _client = new(
        new BasicAWSCredentials(options.AccessKey, options.SecretKey),
        new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = "us-east-1",
            // Checksums only where S3 demands them: self-hosted stores do not all read the SDK's trailing checksums.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });

    public Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken) =>
        _client.PutObjectAsync(new PutObjectRequest { BucketName = options.Bucket, Key = key, InputStream = content, ContentType = contentType, AutoCloseStream = false, UseChunkEncoding = false }, cancellationToken);

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.GetObjectAsync(options.Bucket, key, cancellationToken);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception missing) when (missing.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        _client.DeleteObjectAsync(options.Bucket, key, cancellationToken);

    public async IAsyncEnumerable<StoredFile> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = options.Bucket, Prefix = prefix };
        ListObjectsV2Response page;
        do
        {
            page = await _client.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in page.S3Objects ?? [])
            {
                yield return new StoredFile(item.Key, item.LastModified?.ToUniversalTime() ?? DateTime.UtcNow);
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
    }

    /// <summary>A PUT is atomic in S3: a killed upload leaves nothing.</summary>
    public Task RemoveAbandonedWritesAsync(DateTime startedBefore, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _client.Dispose();
}
