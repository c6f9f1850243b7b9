using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Marquee.Platform.Caching;

/// <summary>
/// Response compression choosing its coding as the warm path does (<see cref="ContentCodings.Choose"/>): ASP.NET Core's own
/// choice lets "*" bring back a coding refused by name ("*, br;q=0" got br).
/// </summary>
internal sealed class NegotiatedCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    private readonly BrotliCompressionProvider _brotli = new(services.GetRequiredService<IOptions<BrotliCompressionProviderOptions>>());
    private readonly GzipCompressionProvider _gzip = new(services.GetRequiredService<IOptions<GzipCompressionProviderOptions>>());

    public override ICompressionProvider? GetCompressionProvider(HttpContext context) =>
        ContentCodings.Choose(context.Request.Headers.AcceptEncoding) switch
        {
            ContentCoding.Brotli => _brotli,
            ContentCoding.Gzip => _gzip,
            _ => null,
        };
}
