using Fido2NetLib;
using Marquee.Platform;
using Marquee.Platform.Origin;
using Microsoft.Extensions.Options;

namespace Marquee.Readers.Passkeys;

/// <summary>
/// Who reader passkeys belong to: the site's origin (Site:BaseUrl, else the request's, already checked by the host
/// check), its host as the relying-party id. An answer made on any other origin or for any other id fails Fido2's checks.
/// </summary>
public sealed class RelyingParty(SiteOrigin origin, IOptions<SiteOptions> site)
{
    public Fido2 For(HttpRequest request)
    {
        var here = origin.For(request);
        return new Fido2(new Fido2Configuration
        {
            RPID = new Uri(here).Host,
            RPName = site.Value.Name,
            Origins = new HashSet<string>(StringComparer.Ordinal) { here },
        });
    }
}
