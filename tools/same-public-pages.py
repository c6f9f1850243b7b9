#!/usr/bin/env python3
"""Proves a change left the public site byte-identical: builds the working tree and BASE (a git revision),
prepares one database with BASE (demo content, or N corpus articles), serves a copy of it with each build in
turn on the same address, fetches every public URL (from the sitemaps, the feeds of every tag, section and
author, listing pages, the Content API, Apple News, robots.txt, error pages) and compares status, headers that
carry content and bodies.

Usage: tools/same-public-pages.py [--corpus N] [--port P] [--keep] [BASE]   (BASE defaults to main's merge base with HEAD)
Exit 0 when every URL matches; 1 with the first differences (a unified diff of each) otherwise.
Needs only the .NET SDK and Python 3; the corpus comes from ../shared/bench/make_corpus.py.
"""
import argparse
import difflib
import http.client
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import xml.etree.ElementTree as ElementTree

DEFAULT_PORT = 5190
# Headers that say what a page is and who may keep it; Date and the like change per request.
COMPARED_HEADERS = ["content-type", "cache-control", "surrogate-key", "link", "location", "x-robots-tag", "vary",
                    "content-security-policy", "access-control-allow-origin"]
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def main():
    arguments = parse_arguments()
    port = arguments.port
    repository = git("rev-parse", "--show-toplevel")
    base = arguments.base or git("merge-base", "HEAD", "main")
    work = tempfile.mkdtemp(prefix="same-public-pages-")
    try:
        print(f"== Building the working tree and {base[:12]} (Release) in {work}", flush=True)
        base_source = os.path.join(work, "base-source")
        os.makedirs(base_source)
        subprocess.run(f"git archive {base} | tar -x -C {base_source}", shell=True, check=True, cwd=repository)
        builds = {"base": build(base_source, os.path.join(work, "base")), "new": build(repository, os.path.join(work, "new"))}

        data = os.path.join(work, "data")
        key = prepare(builds["base"], data, port, arguments.corpus, work, repository)
        settle_renditions(builds["base"], data, port)

        pages = {}
        for name, dll in builds.items():
            copy = os.path.join(work, f"data-{name}")
            shutil.copytree(data, copy)
            print(f"== Serving the {name} build and fetching", flush=True)
            with Server(dll, copy, port):
                pages[name] = fetch_site(key, port)
            print(f"   {len(pages[name])} URLs", flush=True)
        sys.exit(report(pages["base"], pages["new"]))
    finally:
        if arguments.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", nargs="?", help="the git revision to compare with (default: merge base with main)")
    parser.add_argument("--corpus", type=int, default=0, help="import N generated articles instead of the demo")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="where both builds listen in turn (default %(default)s)")
    parser.add_argument("--keep", action="store_true", help="keep the builds, databases and fetched pages")
    return parser.parse_args()


def git(*arguments):
    return subprocess.run(["git", *arguments], check=True, capture_output=True, text=True).stdout.strip()


def build(source, output):
    subprocess.run(["dotnet", "build", os.path.join(source, "src", "Marquee"), "-c", "Release", "-o", output,
                    "--nologo", "-v", "q", "-p:TreatWarningsAsErrors=false"], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(output, "marquee.dll")


def origin(port):
    return f"http://127.0.0.1:{port}"


def environment(data, port):
    settings = {
        "Marquee__DataPath": data, "Marquee__Demo__LoadOnFirstRun": "false", "Marquee__Site__BaseUrl": origin(port),
        # Every URL is rendered, not served from the cache, and the fetcher is one client asking fast.
        "Marquee__OutputCache__Enabled": "false", "Marquee__Http__UncachedRequestsPerMinute": "0",
        "Logging__LogLevel__Default": "Warning",
    }
    return {**os.environ, **settings}


def cli(dll, data, port, *arguments):
    return subprocess.run(["dotnet", dll, *arguments], check=True, capture_output=True, text=True,
                          env=environment(data, port)).stdout


def prepare(dll, data, port, corpus, work, repository):
    print("== Preparing one database with the base build", flush=True)
    cli(dll, data, port, "migrate")
    if corpus:
        jsonl = os.path.join(work, "corpus.jsonl")
        ghost = os.path.join(work, "corpus-ghost.json")
        make_corpus = os.path.join(repository, "..", "shared", "bench", "make_corpus.py")
        with open(jsonl, "w") as out:
            subprocess.run([sys.executable, make_corpus, str(corpus)], check=True, stdout=out)
        with open(jsonl) as source, open(ghost, "w") as out:
            subprocess.run([sys.executable, os.path.join(repository, "bench", "http", "corpus_to_ghost.py")],
                           check=True, stdin=source, stdout=out)
        cli(dll, data, port, "import", ghost)
    else:
        cli(dll, data, port, "demo")
    return cli(dll, data, port, "key", "add", "--name", "same-public-pages").strip().splitlines()[-1]


def settle_renditions(dll, data, port):
    """Pages print a photo's renditions once they exist: make them all before either build serves."""
    with Server(dll, data, port):
        database = sqlite3.connect(os.path.join(data, "marquee.db"))
        for _ in range(600):
            pending = database.execute(
                "select count(*) from photos where renditions_made_at is null and rendition_failure is null").fetchone()[0]
            if pending == 0:
                break
            time.sleep(0.5)
        database.close()


class Server:
    def __init__(self, dll, data, port):
        self.arguments = ["dotnet", dll, "serve", "--urls", origin(port)]
        self.environment = environment(data, port)
        self.port = port

    def __enter__(self):
        self.process = subprocess.Popen(self.arguments, env=self.environment, stdout=subprocess.DEVNULL)
        for _ in range(300):
            try:
                if Fetcher(self.port).get("/readyz")[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("the server did not become ready within a minute")

    def __exit__(self, *_):
        self.process.terminate()
        self.process.wait(timeout=30)


class Fetcher:
    """One keep-alive connection, reopened when the server closes it."""

    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def get(self, path):
        for attempt in range(2):
            try:
                self.connection.request("GET", path, headers={"Accept-Encoding": "identity"})
                response = self.connection.getresponse()
                body = response.read()
                headers = {name: response.getheader(name) for name in COMPARED_HEADERS if response.getheader(name)}
                return response.status, headers, body
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.connection.close()
                if attempt == 1:
                    raise
        raise AssertionError("unreachable")


def fetch_site(key, port):
    fetcher = Fetcher(port)
    pages = {}
    queue = seed_paths(key)
    seen = set()
    while queue:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        status, headers, body = fetcher.get(path)
        pages[path] = (status, headers, body)
        queue.extend(p for p in discovered_paths(path, status, headers, body) if p not in seen)
    return pages


def seed_paths(key):
    content_api = "/ghost/api/content"
    return [
        "/", "/?page=2", "/robots.txt", "/favicon.ico", "/sitemap.xml", "/rss", "/atom", "/feed.json",
        "/news/no-such-story", "/tag/no-such-tag", "/p/no-such-page", "/photos/no-such-gallery",
        f"{content_api}/posts/?key={key}&limit=100&include=tags,authors",
        f"{content_api}/posts/?key={key}&limit=15&page=2&fields=title,slug,url&order=published_at%20asc",
        f"{content_api}/posts/?key={key}&filter=featured:true",
        f"{content_api}/pages/?key={key}&limit=all", f"{content_api}/tags/?key={key}&limit=all&include=count.posts",
        f"{content_api}/authors/?key={key}&limit=all&include=count.posts", f"{content_api}/settings/?key={key}",
        "/api/apple-news/changes?since=2000-01-01T00:00:00Z",
    ]


def discovered_paths(path, status, headers, body):
    """Sitemaps name every public page; each listing page brings its feeds, its second page and its slug's API entry."""
    if status != 200 or "?" in path:
        return []
    found = []
    if path.endswith(".xml") and "xml" in headers.get("content-type", ""):
        root = ElementTree.fromstring(body)
        found = [local(loc.text) for loc in root.iter(f"{SITEMAP}loc") if loc.text]
    kind = path.split("/")[1] if path.count("/") == 2 else ""
    if kind in ("tag", "section", "author"):
        found += [f"{path}/rss", f"{path}/atom", f"{path}/feed.json", f"{path}?page=2"]
    if kind == "photos":
        found += [f"{path}/all", f"{path}/2"]
    if kind == "news":
        found += [f"/api/apple-news/{path.split('/')[2]}"]
    return found


def local(url):
    parts = urllib.parse.urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def report(base, new):
    differences = []
    for path in sorted(set(base) | set(new)):
        if base.get(path) != new.get(path):
            differences.append(path)
    print(f"== {len(base)} URLs fetched from the base build, {len(new)} from the working tree; {len(differences)} differ")
    for path in differences[:10]:
        print(f"-- {path}")
        before, after = describe(base.get(path)), describe(new.get(path))
        sys.stdout.writelines(list(difflib.unified_diff(before, after, "base", "new", n=2))[:60])
    return 1 if differences else 0


def describe(page):
    if page is None:
        return ["(not fetched)\n"]
    status, headers, body = page
    lines = [f"status {status}\n"] + [f"{name}: {value}\n" for name, value in sorted(headers.items())]
    text = body.decode("utf-8", errors="replace")
    if text.lstrip().startswith(("{", "[")):
        try:
            text = json.dumps(json.loads(text), indent=1, ensure_ascii=False)
        except ValueError:
            pass
    return lines + [line + "\n" for line in text.replace(">", ">\n").splitlines()]


if __name__ == "__main__":
    main()
