#!/usr/bin/env python3
"""Makes crawl records from the extraction corpus's HTML pages, as a crawler makes them.

usage: make_records.py OUT_DIR [--corpus DIR] [--only KEY,KEY…]

Each page of ../shared/corpus/extraction/scrapinghub-article-extraction-benchmark becomes OUT_DIR/<key>.txt: a first
line `date YYYY-MM-DD <headline>` from the page's metadata (JSON-LD, OpenGraph, <meta>, <title>), then the page's
visible text as `lynx -dump -nolist` prints it. OUT_DIR/references.json holds, per key, the reference body (the
benchmark's hand-annotated articleBody), the byline the page shows (metadata author names that also appear in the
dump; one-word names and the
site's own name are not bylines), the page's language and its URL.
"""
import argparse
import gzip
import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "extraction" / "scrapinghub-article-extraction-benchmark"
# A page without a published date still needs the first line's shape; the bench does not score dates.
UNDATED = "2000-01-01"


def meta_values(page, *names):
    """Contents of <meta name|property|itemprop=NAME content=…> in page order, attributes in any order."""
    found = []
    for tag in re.finditer(r"<meta\b[^>]*>", page, re.I):
        attrs = dict((k.lower(), html.unescape(v1 or v2)) for k, v1, v2 in re.findall(r'([\w:-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')', tag.group(0)))
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in names and attrs.get("content", "").strip():
            found.append(attrs["content"].strip())
    return found


def json_ld_objects(page):
    """Every object in the page's JSON-LD scripts, @graph members included."""
    for block in re.findall(r'<script[^>]+application/ld\+json[^>]*>(.*?)</script>', page, re.I | re.S):
        try:
            data = json.loads(block.strip().rstrip(";"))
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for k, v in item.items() if k == "@graph")


def names_of(author):
    if isinstance(author, list):
        return [n for a in author for n in names_of(a)]
    if isinstance(author, dict):
        return names_of(author.get("name"))
    if isinstance(author, str) and author.strip() and not re.match(r"https?:", author.strip()):
        return [html.unescape(author.strip())]
    return []


def article_ld(page):
    return [o for o in json_ld_objects(page) if re.search(r"Article|Posting|Report", str(o.get("@type", "")))]


def headline_of(page):
    for obj in article_ld(page):
        if isinstance(obj.get("headline"), str) and obj["headline"].strip():
            return obj["headline"]
    titles = meta_values(page, "og:title", "twitter:title")
    if titles:
        return titles[0]
    title = re.search(r"<title[^>]*>(.*?)</title>", page, re.I | re.S)
    return html.unescape(title.group(1)) if title else "Untitled"


def date_of(page):
    dates = [o.get("datePublished") for o in article_ld(page) if isinstance(o.get("datePublished"), str)]
    dates += meta_values(page, "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "og:pubdate", "sailthru.date", "parsely-pub-date")
    for value in dates:
        match = re.search(r"(\d{4})-(\d{2})-(\d{2})", value)
        if match:
            return match.group(0)
    return UNDATED


def site_names(page, url):
    """What the page calls its site (og:site_name, the domain's name): a metadata "author" that is one is no byline."""
    domain = re.sub(r"^www\.", "", re.sub(r"^https?://([^/]+).*", r"\1", url)).split(".")[0]
    return {n.lower() for n in meta_values(page, "og:site_name", "application-name")} | {domain.lower()}


def person(name):
    """A metadata author as a byline names them: no "By", no affiliation after a comma, bar or dash."""
    name = re.sub(r"^(analysis )?by\s+", "", re.sub(r"\s+", " ", name), flags=re.I)
    return re.split(r"\s*(?:,|\||\s-\s)\s*", name)[0].strip()


def authors_of(page, url):
    """The people the page's metadata names as authors (JSON-LD, else <meta>); organisations and one-word names left out."""
    names = [n for o in article_ld(page) for n in names_of(o.get("author"))]
    names = names or [n for v in meta_values(page, "author", "article:author", "sailthru.author", "parsely-author", "byl") for n in names_of(v)]
    sites = site_names(page, url)
    seen = []
    for name in map(person, names):
        words = name.split()
        if 2 <= len(words) <= 5 and name.lower().replace(" ", "") not in {s.replace(" ", "") for s in sites} \
                and not any(s.lower() == name.lower() for s in seen):
            seen.append(name)
    return seen


SCRIPTS = [("ko", r"[\uac00-\ud7a3]"), ("ja", r"[\u3040-\u30ff]"), ("zh", r"[\u4e00-\u9fff]"), ("ru", r"[\u0400-\u04ff]")]


def language_of(page, body):
    """The page's declared language, else a guess from the reference body's script (most unlabelled pages are English)."""
    match = re.search(r"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2})", page, re.I)
    if match:
        return match.group(1).lower()
    return next((lang for lang, script in SCRIPTS if len(re.findall(script, body)) > len(body) / 10), "en?")


def dump(raw):
    """The page as lynx shows it; lynx reads the page's own charset declaration and writes UTF-8."""
    with tempfile.NamedTemporaryFile(suffix=".html") as page:
        page.write(raw)
        page.flush()
        out = subprocess.run(["lynx", "-dump", "-nolist", "-display_charset=utf-8", "-assume_charset=utf-8", page.name],
                             capture_output=True, check=True, timeout=60)
    return out.stdout.decode("utf-8", "replace")


def one_line(text):
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", help="comma-separated keys (a sample)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    truth = json.loads((args.corpus / "ground-truth.json").read_text(encoding="utf-8"))
    keys = args.only.split(",") if args.only else sorted(truth)
    references = {}
    for key in keys:
        raw = gzip.decompress((args.corpus / "html" / f"{key}.html.gz").read_bytes())
        page = raw.decode("utf-8", "replace")
        text = dump(raw)
        visible = one_line(text).lower()
        byline = [name for name in authors_of(page, truth[key]["url"]) if name.lower() in visible]
        (out / f"{key}.txt").write_text(f"date {date_of(page)} {one_line(headline_of(page))}\n\n{text}", encoding="utf-8")
        references[key] = {"url": truth[key]["url"], "language": language_of(page, truth[key]["articleBody"]), "byline": byline, "body": truth[key]["articleBody"]}
        print(f"{key[:12]} {references[key]['language']} {len(text):>7} chars  byline={byline}", file=sys.stderr)
    (out / "references.json").write_text(json.dumps(references, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
