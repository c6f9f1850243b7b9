#!/usr/bin/env python3
"""Converts the benchmark corpus (../shared/bench/make_corpus.py, JSON Lines) into a Ghost 4.x export.

Usage: corpus_to_ghost.py < corpus.jsonl > export.json
Ghost is one of Marquee's import formats, so the same articles reach Marquee through a path a real
newsroom would use. Ids are derived from slugs, so the same corpus always makes the same export.
"""
import hashlib
import json
import sys
import uuid


def ghost_id(kind, slug):
    return hashlib.sha1(f"{kind}:{slug}".encode()).hexdigest()[:24]


def export(articles):
    """A Ghost export (as a dict) of the given corpus articles."""
    posts, users, tags, posts_authors, posts_tags = [], {}, {}, [], []
    for article in articles:
        post_id = ghost_id("post", article["slug"])
        posts.append({
            "id": post_id,
            "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, "marquee-bench:" + article["slug"])),
            "title": article["title"],
            "slug": article["slug"],
            "html": article["html"],
            "custom_excerpt": article["excerpt"],
            "type": "post",
            "status": "published",
            "featured": False,
            "published_at": article["published_at"],
            "created_at": article["published_at"],
        })
        for order, author in enumerate(article["authors"]):
            users.setdefault(author["slug"], {"id": ghost_id("user", author["slug"]), "name": author["name"], "slug": author["slug"]})
            posts_authors.append({"post_id": post_id, "author_id": users[author["slug"]]["id"], "sort_order": order})
        for order, tag in enumerate(article["tags"]):
            tags.setdefault(tag["slug"], {"id": ghost_id("tag", tag["slug"]), "name": tag["name"], "slug": tag["slug"]})
            posts_tags.append({"post_id": post_id, "tag_id": tags[tag["slug"]]["id"], "sort_order": order})
    return {"db": [{
        "meta": {"exported_on": 0, "version": "4.1.0"},
        "data": {"posts": posts, "users": list(users.values()), "tags": list(tags.values()),
                 "posts_authors": posts_authors, "posts_tags": posts_tags},
    }]}


def main():
    json.dump(export(json.loads(line) for line in sys.stdin), sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
