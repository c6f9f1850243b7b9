namespace Marquee.Tests.Import;

/// <summary>Hand-made WXR 1.2 exports: a channel with the given authors, terms and items around them, as WordPress writes it.</summary>
public static class WxrFile
{
    public static string Of(string channel) => $"""
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
        <title>Test site</title>
        <wp:wxr_version>1.2</wp:wxr_version>
        <wp:base_site_url>https://old.example.com</wp:base_site_url>
        {channel}
        </channel>
        </rss>
        """;

    /// <summary>One published post with the given fields added (or, by name, replacing the defaults).</summary>
    public static string Post(string title = "Pink wins", string slug = "pink-wins", string status = "publish", string extra = "", string content = "<p>She did.</p>", int id = 10) => $"""
        <item>
        <title><![CDATA[{title}]]></title>
        <guid isPermaLink="false">https://old.example.com/?p={id}</guid>
        <dc:creator><![CDATA[jo]]></dc:creator>
        <content:encoded><![CDATA[{content}]]></content:encoded>
        <wp:post_id>{id}</wp:post_id>
        <wp:post_date_gmt>2017-11-20 01:00:00</wp:post_date_gmt>
        <wp:post_name><![CDATA[{slug}]]></wp:post_name>
        <wp:status><![CDATA[{status}]]></wp:status>
        <wp:post_type><![CDATA[post]]></wp:post_type>
        {extra}
        </item>
        """;
}
