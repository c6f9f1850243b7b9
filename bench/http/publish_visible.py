#!/usr/bin/env python3
"""Publish-to-visible latency: another process changes an article, how soon do cached pages show it?

Usage: publish_visible.py CORPUS.jsonl SLUG MARQUEE_DLL WORKDIR BASE_URL PATH... [--repeats R]
For each repeat: writes a one-article Ghost export giving SLUG a new title, runs `marquee import` on
it (a separate process, as a newsroom tool or another node would), and meanwhile polls every PATH
on BASE_URL (a server with the output cache on, every page already cached) until the new title
shows. Prints one line per repeat and page: `publish-visible PATH from_exit_ms from_start_ms`,
plus `publish-import-ms MS` (the import command's own run time).
"""
import json
import os
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_to_ghost import export  # noqa: E402


def fetch(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8", "replace")


def main():
    args = sys.argv[1:]
    repeats = 3
    if "--repeats" in args:
        i = args.index("--repeats")
        repeats = int(args[i + 1])
        del args[i:i + 2]
    corpus, slug, dll, workdir, base, *paths = args
    article = next(a for a in map(json.loads, open(corpus)) if a["slug"] == slug)
    for repeat in range(1, repeats + 1):
        title = f"Bench update {repeat} at {time.time_ns()}"
        for path in paths:  # every page is in the cache before the change
            fetch(base + path)
        export_path = os.path.join(workdir, f"publish-{repeat}.json")
        with open(export_path, "w") as f:
            json.dump(export([dict(article, title=title)]), f)
        start = time.monotonic()
        importer = subprocess.Popen(["dotnet", dll, "import", export_path], stdout=subprocess.DEVNULL)
        exited, seen = None, {}
        while len(seen) < len(paths) or exited is None:
            now = time.monotonic()
            if exited is None and importer.poll() is not None:
                exited = now
                if importer.returncode != 0:
                    sys.exit(f"import exited {importer.returncode}")
            for path in paths:
                if path not in seen and title in fetch(base + path):
                    seen[path] = time.monotonic()
            if now - start > 30:
                sys.exit(f"not visible after 30 s: {sorted(set(paths) - set(seen))}")
            time.sleep(0.005)
        print(f"publish-import-ms {(exited - start) * 1000:.0f}")
        for path in paths:
            print(f"publish-visible {path} {(seen[path] - exited) * 1000:.0f} {(seen[path] - start) * 1000:.0f}")
        sys.stdout.flush()
        time.sleep(1)


if __name__ == "__main__":
    main()
