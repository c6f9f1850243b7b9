#!/usr/bin/env python3
"""Writes a WordPress export (WXR 1.2) of N generated posts for the import benchmark: 50 authors, 20 categories,
200 tags, a featured image attachment on every tenth post, block-editor and classic bodies of a few kilobytes.

usage: make_wxr.py N OUT.xml   then   /usr/bin/time -v marquee import OUT.xml --format wxr
"""
import random
import sys

WORDS = ("red carpet premiere album tour award stage night show star fans season finale trailer interview "
         "studio record chart single video director cast sequel festival gown designer photo").split()


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def body(rng, i):
    paragraphs = [" ".join(sentence(rng, rng.randint(8, 20)) for _ in range(4)) for _ in range(rng.randint(4, 10))]
    if i % 2:
        return "\n\n".join(f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->" for p in paragraphs)
    return "\n\n".join(paragraphs) + "\n\n[caption id=\"\" align=\"alignnone\" width=\"640\"]<img src=\"https://old.example.com/a.jpg\" alt=\"A\" /> A caption[/caption]"


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Bench</title>\n<wp:wxr_version>1.2</wp:wxr_version>\n'
                '<wp:base_site_url>https://old.example.com</wp:base_site_url>\n')
        for a in range(50):
            f.write(f"<wp:author><wp:author_login>writer{a}</wp:author_login><wp:author_display_name><![CDATA[Writer {a}]]></wp:author_display_name></wp:author>\n")
        for c in range(20):
            f.write(f"<wp:category><wp:category_nicename>section-{c}</wp:category_nicename><wp:cat_name><![CDATA[Section {c}]]></wp:cat_name></wp:category>\n")
        for t in range(200):
            f.write(f"<wp:tag><wp:tag_slug>topic-{t}</wp:tag_slug><wp:tag_name><![CDATA[Topic {t}]]></wp:tag_name></wp:tag>\n")
        for i in range(1, count + 1):
            day = 1 + i % 28
            tags = "".join(f'<category domain="post_tag" nicename="topic-{t}"><![CDATA[Topic {t}]]></category>' for t in rng.sample(range(200), 3))
            thumb = f"<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>{count + i}</wp:meta_value></wp:postmeta>" if i % 10 == 0 else ""
            f.write(f"""<item><title><![CDATA[{sentence(rng, 6)[:-1]} {i}]]></title><guid isPermaLink="false">https://old.example.com/?p={i}</guid>
<dc:creator><![CDATA[writer{i % 50}]]></dc:creator><content:encoded><![CDATA[{body(rng, i)}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>{i}</wp:post_id><wp:post_date_gmt>2020-01-{day:02d} 12:00:00</wp:post_date_gmt>
<wp:post_name>post-{i}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:is_sticky>0</wp:is_sticky>
<category domain="category" nicename="section-{i % 20}"><![CDATA[Section {i % 20}]]></category>{tags}{thumb}</item>
""")
            if i % 10 == 0:
                f.write(f"""<item><title>photo {i}</title><wp:post_id>{count + i}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
<wp:attachment_url>https://old.example.com/wp-content/uploads/{i}.jpg</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attachment_metadata</wp:meta_key><wp:meta_value><![CDATA[a:1:{{s:10:"image_meta";a:1:{{s:6:"credit";s:8:"Bench/AP";}}}}]]></wp:meta_value></wp:postmeta></item>
""")
        f.write("</channel>\n</rss>\n")


if __name__ == "__main__":
    main()
