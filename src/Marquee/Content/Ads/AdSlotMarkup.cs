using System.Text.Encodings.Web;

namespace Marquee.Content.Ads;

/// <summary>
/// One slot's HTML: labelled "Advertisement", its frame sized by the stylesheet, holding the house ad (so a reader
/// without JavaScript, or refusing advertising, sees the site's own) until /js/ads.js has something else to show.
/// </summary>
public static class AdSlotMarkup
{
    public static string For(AdSlot slot, HouseAdOptions house)
    {
        var encode = HtmlEncoder.Default;
        var houseAd = house.IsSet
            ? $"<a class=\"house-ad\" href=\"{encode.Encode(house.LinkUrl.Length > 0 ? house.LinkUrl : "/")}\"><img src=\"{encode.Encode(house.ImagePath)}\" alt=\"{encode.Encode(house.Text)}\" loading=\"lazy\"></a>"
            : "";
        return $"<div class=\"ad-slot\" data-ad-slot=\"{slot.Name}\" data-ad-sizes=\"{slot.SizesAttribute}\">"
            + $"<p class=\"ad-label\">Advertisement</p><div class=\"ad-frame\">{houseAd}</div></div>";
    }
}
