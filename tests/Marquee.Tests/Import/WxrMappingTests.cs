using Marquee.Content.Articles;
using Marquee.Content.Tags;
using Marquee.Import;
using Marquee.Import.Wxr;

namespace Marquee.Tests.Import;

/// <summary>How WordPress's fields become Marquee's, on small hand-made exports where each field is seen on its own.</summary>
public sealed class WxrMappingTests : IDisposable
{
    private readonly ScratchFolder _scratch = new("marquee-wxr-mapping-");

    [Fact]
    public async Task Authors_keep_display_names_and_categories_become_sections_before_tags()
    {
        var batch = await ReadAsync(WxrFile.Of("""
            <wp:author><wp:author_login>jo</wp:author_login><wp:author_display_name><![CDATA[Jo Writer]]></wp:author_display_name></wp:author>
            <wp:category><wp:category_nicename>music</wp:category_nicename><wp:cat_name><![CDATA[Music]]></wp:cat_name></wp:category>
            <wp:tag><wp:tag_slug>pink</wp:tag_slug><wp:tag_name><![CDATA[Pink]]></wp:tag_name></wp:tag>
            """ + WxrFile.Post(extra: """
            <category domain="post_tag" nicename="pink"><![CDATA[Pink]]></category>
            <category domain="category" nicename="music"><![CDATA[Music]]></category>
            <category domain="category" nicename="uncategorized"><![CDATA[Uncategorized]]></category>
            """)));

        var article = batch.Articles.Single().Item;
        Assert.Equal([("jo", "Jo Writer")], batch.Authors.Select(a => (a.Item.Slug, a.Item.Name)));
        Assert.Equal([("music", TagKind.Section), ("pink", TagKind.Topic)], batch.Tags.Select(t => (t.Item.Slug, t.Item.Kind!.Value)));
        Assert.Equal(["jo"], article.AuthorSlugs);
        Assert.Equal(["music", "pink"], article.TagSlugs);
        Assert.Equal(["post 10 'pink-wins': 'uncategorized' is WordPress's default category, not a section anyone chose; left out"], Lines(batch));
    }

    [Fact]
    public async Task Each_WordPress_status_maps_to_one_that_never_widens_access()
    {
        (string Status, string Extra)[] posts = [("publish", ""), ("future", ""), ("draft", ""), ("pending", ""), ("private", ""), ("publish", "<wp:post_password>secret</wp:post_password>")];

        var batch = await ReadAsync(WxrFile.Of(string.Concat(posts.Select((p, i) => WxrFile.Post(slug: $"post-{i}", status: p.Status, extra: p.Extra, id: i + 1)))));

        Assert.Equal(
            ["Published 2017-11-20T01:00:00Z", "Published 2017-11-20T01:00:00Z", "Draft none", "InReview none", "Unpublished none", "Unpublished none"],
            batch.Articles.Select(a => $"{a.Item.Status} {a.Item.PublishedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) ?? "none"}"));
    }

    [Fact]
    public async Task The_modified_time_is_WordPress_s_own_in_UTC_else_its_site_time()
    {
        var batch = await ReadAsync(WxrFile.Of(
            WxrFile.Post(slug: "gmt", id: 1, extra: "<wp:post_modified>2017-11-22 01:00:00</wp:post_modified><wp:post_modified_gmt>2017-11-21 09:30:00</wp:post_modified_gmt>")
            + WxrFile.Post(slug: "local", id: 2, extra: "<wp:post_modified>2017-11-22 01:00:00</wp:post_modified>")
            + WxrFile.Post(slug: "none", id: 3)));

        Assert.Equal(
            [new DateTime(2017, 11, 21, 9, 30, 0, DateTimeKind.Utc), new DateTime(2017, 11, 22, 1, 0, 0, DateTimeKind.Utc), null],
            batch.Articles.Select(a => a.Item.SourceModifiedAt));
    }

    [Fact]
    public async Task Sticky_excerpt_seo_and_the_featured_attachment_with_alt_caption_and_iptc_credit_come_through()
    {
        var batch = await ReadAsync(WxrFile.Of(WxrFile.Post(extra: """
            <excerpt:encoded><![CDATA[<p>She <em>did</em>.</p>]]></excerpt:encoded>
            <wp:is_sticky>1</wp:is_sticky>
            <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>11</wp:meta_value></wp:postmeta>
            <wp:postmeta><wp:meta_key>_yoast_wpseo_metadesc</wp:meta_key><wp:meta_value>The night's winner.</wp:meta_value></wp:postmeta>
            """) + """
            <item><title>pink.jpg</title><wp:post_id>11</wp:post_id><wp:post_type>attachment</wp:post_type>
            <excerpt:encoded><![CDATA[Pink at the AMAs]]></excerpt:encoded>
            <wp:attachment_url>https://old.example.com/wp-content/uploads/pink.jpg</wp:attachment_url>
            <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>Pink on stage</wp:meta_value></wp:postmeta>
            <wp:postmeta><wp:meta_key>_wp_attachment_metadata</wp:meta_key>
            <wp:meta_value><![CDATA[a:1:{s:10:"image_meta";a:2:{s:6:"credit";s:26:"Kevin Winter/Getty Images";s:7:"caption";s:0:"";}}]]></wp:meta_value></wp:postmeta>
            </item>
            """));

        var article = batch.Articles.Single().Item;
        Assert.Equal(("She did.", true, "The night's winner."), (article.Excerpt, article.IsTopStory, article.SeoDescription));
        Assert.Equal(new FeatureImage("https://old.example.com/wp-content/uploads/pink.jpg", "Pink on stage", "Pink at the AMAs", "Kevin Winter/Getty Images"), article.FeatureImage);
        Assert.Empty(batch.Skipped);
    }

    [Fact]
    public async Task A_featured_image_without_a_credit_is_kept_credited_as_imported_and_reported()
    {
        var batch = await ReadAsync(WxrFile.Of(WxrFile.Post(extra: "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>11</wp:meta_value></wp:postmeta>")
            + "<item><title>a.jpg</title><wp:post_id>11</wp:post_id><wp:post_type>attachment</wp:post_type><guid>https://old.example.com/a.jpg</guid></item>"));

        Assert.Equal(WxrItems.Uncredited, batch.Articles.Single().Item.FeatureImage?.Credit);
        Assert.Equal([$"post 10 'pink-wins': its featured image (attachment 11) has no credit in the export; credited '{WxrItems.Uncredited}' for the newsroom to fix"], Lines(batch));
    }

    [Fact]
    public async Task Co_authors_plus_terms_give_the_byline_in_order()
    {
        var batch = await ReadAsync(WxrFile.Of(WxrFile.Post(extra: """
            <category domain="author" nicename="cap-bob"><![CDATA[Bob Jones]]></category>
            <category domain="author" nicename="alice"><![CDATA[Alice Smith]]></category>
            """)));

        Assert.Equal(["bob", "alice"], batch.Articles.Single().Item.AuthorSlugs);
        Assert.Equal([("bob", "Bob Jones"), ("alice", "Alice Smith")], batch.Authors.Select(a => (a.Item.Slug, a.Item.Name)));
    }

    [Fact]
    public async Task Pages_menus_and_comments_go_where_marquee_has_a_place_for_them_and_the_rest_is_reported()
    {
        var batch = await ReadAsync(WxrFile.Of(
            WxrFile.Post(extra: "<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_content>Nice</wp:comment_content></wp:comment>")
            + WxrFile.Post("About us", "about", id: 20).Replace("<![CDATA[post]]>", "<![CDATA[page]]>", StringComparison.Ordinal)
            + WxrFile.Post("Home", "home", id: 30).Replace("<![CDATA[post]]>", "<![CDATA[nav_menu_item]]>", StringComparison.Ordinal)));

        Assert.Equal(("about", "About us", true), (batch.Pages.Single().Item.Slug, batch.Pages.Single().Item.Title, batch.Pages.Single().Item.IsPublished));
        Assert.Equal(
            ["nav_menu_item 30: post type 'nav_menu_item' has no place in Marquee; left out", "post 10 'pink-wins': its 1 comment(s) are not imported: Marquee shows no comments yet"],
            Lines(batch));
    }

    [Fact]
    public async Task Two_posts_with_one_slug_are_both_kept_the_second_renamed_as_WordPress_would()
    {
        var batch = await ReadAsync(WxrFile.Of(WxrFile.Post() + WxrFile.Post(id: 11)));

        Assert.Equal(["pink-wins", "pink-wins-2"], batch.Articles.Select(a => a.Item.Slug));
        Assert.Equal(["post 11 'pink-wins': an earlier item has the same slug; imported as 'pink-wins-2'"], Lines(batch));
    }

    [Fact]
    public async Task A_repeated_guid_makes_both_items_known_by_their_post_ids()
    {
        var batch = await ReadAsync(WxrFile.Of(WxrFile.Post() + WxrFile.Post("Second", "second", id: 11).Replace("?p=11", "?p=10", StringComparison.Ordinal)));

        Assert.Equal(["wxr:https://old.example.com?p=10", "wxr:https://old.example.com?p=11"], batch.Articles.Select(a => a.Item.SourceKey));
        Assert.Equal(2, Lines(batch).Count(l => l.Contains("is another item's too", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_percent_encoded_slug_is_decoded_and_one_with_no_latin_letters_falls_back_to_the_title_then_the_post_id()
    {
        var batch = await ReadAsync(WxrFile.Of(
            WxrFile.Post("Beyoncé", "beyonc%c3%a9-tour") + WxrFile.Post("Ünïcode", "%e6%97%a5", id: 11) + WxrFile.Post("日本語", "%e6%97%a5", id: 12)));

        Assert.Equal(["beyonce-tour", "unicode", "post-12"], batch.Articles.Select(a => a.Item.Slug));
    }

    [Fact]
    public async Task Block_comments_go_classic_paragraphs_get_p_and_wordpress_shortcodes_become_html()
    {
        var batch = await ReadAsync(WxrFile.Of(WxrFile.Post(content: """
            <!-- wp:paragraph -->
            <p>Block para</p>
            <!-- /wp:paragraph -->

            Classic line one
            line two

            [caption id="attachment_11" align="alignnone" width="300"]<img src="https://old.example.com/a.jpg" alt="A" /> The caption[/caption]

            [embed]https://www.youtube.com/watch?v=abc[/embed]

            [video src="https://old.example.com/v.mp4"][/video]

            [gallery ids="11,12"]

            <pre>code

            more</pre>
            """) + """
            <item><title>a.jpg</title><wp:post_id>11</wp:post_id><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://old.example.com/a.jpg</wp:attachment_url>
            <excerpt:encoded>Caption A</excerpt:encoded></item>
            """));

        Assert.Equal("""
            <p>Block para</p>
            <p>Classic line one<br>
            line two</p>
            <figure><img src="https://old.example.com/a.jpg" alt="A" /><figcaption>The caption</figcaption></figure>
            <p><a href="https://www.youtube.com/watch?v=abc">https://www.youtube.com/watch?v=abc</a></p>
            <p><a href="https://old.example.com/v.mp4">https://old.example.com/v.mp4</a></p>
            <figure><img src="https://old.example.com/a.jpg" alt=""><figcaption>Caption A</figcaption></figure>
            <pre>code
            &#10;more</pre>
            """, batch.Articles.Single().Item.BodyMarkdown);
        Assert.Equal(["post 10 'pink-wins': its [gallery] of 1 photo(s) became figures in the body: a Marquee gallery holds library photos, and this import took in none (--media or --download-media)"], Lines(batch));
    }

    [Fact]
    public async Task Links_to_another_item_by_permalink_or_post_id_lead_to_its_new_path_and_other_links_stay()
    {
        var batch = await ReadAsync(WxrFile.Of(
            WxrFile.Post(content: """<p><a href="http://old.example.com/2017/11/20/second#top">a</a> <a href="https://old.example.com/?p=11">b</a> <a href="https://elsewhere.example.com/2017/11/20/second/">c</a></p>""")
            + WxrFile.Post("Second", "second", id: 11, extra: "<link>https://old.example.com/2017/11/20/second/</link>")));

        Assert.Equal(
            """<p><a href="/news/second#top">a</a> <a href="/news/second">b</a> <a href="https://elsewhere.example.com/2017/11/20/second/">c</a></p>""",
            batch.Articles[0].Item.BodyMarkdown);
    }

    public void Dispose() => _scratch.Dispose();

    private async Task<ImportBatch> ReadAsync(string xml) => new WxrFormat().Read(await _scratch.WriteAsync(xml, "export.xml"));

    private static List<string> Lines(ImportBatch batch) => batch.Skipped.Select(s => $"{s.Where}: {s.Reason}").ToList();
}
