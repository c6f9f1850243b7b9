using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marquee.Content.Ads;

/// <summary><c>&lt;ad-slots position="Rail" /&gt;</c>: the slots configured for a position, or nothing on an ad-free page.</summary>
[HtmlTargetElement("ad-slots", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AdSlotsTagHelper(AdSlots slots) : TagHelper
{
    public AdPosition Position { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (AdFreePages.IsAdFree(ViewContext.ViewData))
        {
            return;
        }

        foreach (var slot in slots.At(Position))
        {
            output.Content.AppendHtml(AdSlotMarkup.For(slot, slots.Options.HouseAd));
        }
    }
}
