#!/usr/bin/env python3
"""The pages a run measures, as static files for nginx: the same bytes per encoding.

Usage: pages.py save OUT BASE_URL NAME=PATH... [--more FILE]
       pages.py verify OUT BASE_URL
`save` fetches every PATH (and every /news/SLUG line of FILE) once from Marquee at BASE_URL without and once with
`Accept-Encoding: br`, writes the bodies under OUT/static/identity and OUT/static/br, an exact nginx location per
path to OUT/nginx/locations.conf (Marquee's Content-Type; its Content-Encoding and Vary when it compressed) and
OUT/static/pages.json, and prints `page-bytes NAME ENCODING BYTES CONTENT-ENCODING` for each named page.
`verify` asks BASE_URL (nginx) for every saved page in both encodings and exits 1 unless each answer is the saved body
with the saved Content-Encoding: the comparison is only fair if nginx sends what Marquee sent.
"""
import http.client
import json
import os
import sys
import urllib.parse

ENCODINGS = ("identity", "br")  # each variant's folder, named by the Accept-Encoding it was fetched with


class Client:
    """One keep-alive connection to BASE_URL: a few hundred fetches cost milliseconds, not a process each."""

    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)

    def get(self, path, accept_encoding):
        self.connection.request("GET", path, headers={"Accept-Encoding": accept_encoding})
        response = self.connection.getresponse()
        body = response.read()
        if response.status != 200:
            sys.exit(f"GET {path} (Accept-Encoding: {accept_encoding}) answered {response.status}")
        return response, body


def file_for(path):
    return "/_home" if path == "/" else path


def location(page):
    """An exact nginx location that answers PATH as Marquee did: the br file with its encoding when asked for br."""
    directives = [f'default_type "{page["type"]}";']
    if page["vary"]:
        directives.append(f'add_header Vary "{page["vary"]}";')
    if page["encoding"] == "br":
        # $br_variant and $br_encoding come from the map on Accept-Encoding in nginx.conf.
        directives += ["add_header Content-Encoding $br_encoding;", f"try_files /$br_variant{page['file']} =404;"]
    else:
        directives.append(f"try_files /identity{page['file']} =404;")
    return f"location = {page['path']} {{ {' '.join(directives)} }}"


def save(out, base, named, more):
    client, pages, printed = Client(base), [], []
    paths = dict(named)
    for slug in more:
        paths.setdefault(f"/news/{slug}", f"/news/{slug}")
    for path in dict.fromkeys(paths.values()):
        page = {"path": path, "file": file_for(path)}
        for folder in ENCODINGS:
            response, body = client.get(path, folder)
            target = os.path.join(out, "static", folder + page["file"])
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(body)
            page[f"bytes-{folder}"] = len(body)
            if folder == "br":
                page["type"] = response.getheader("Content-Type", "application/octet-stream")
                page["encoding"] = response.getheader("Content-Encoding", "identity")
                page["vary"] = response.getheader("Vary", "")
        pages.append(page)
    with open(os.path.join(out, "static", "pages.json"), "w") as f:
        json.dump(pages, f, indent=1)
    with open(os.path.join(out, "nginx", "locations.conf"), "w") as f:
        f.write("".join(location(p) + "\n" for p in pages))
    by_path = {p["path"]: p for p in pages}
    for name, path in named:
        page = by_path[path]
        printed.append(f"page-bytes {name} identity {page['bytes-identity']} identity")
        printed.append(f"page-bytes {name} br {page['bytes-br']} {page['encoding']}")
    return printed


def verify(out, base):
    """The differences between what nginx at BASE_URL answers and what Marquee answered."""
    client, problems = Client(base), []
    with open(os.path.join(out, "static", "pages.json")) as f:
        pages = json.load(f)
    for page in pages:
        for folder in ENCODINGS:
            response, body = client.get(page["path"], folder)
            sent = page["encoding"] if folder == "br" else "identity"
            with open(os.path.join(out, "static", folder + page["file"]), "rb") as f:
                if body != f.read():
                    problems.append(f"{page['path']} ({folder}): nginx sent other bytes than Marquee")
            if response.getheader("Content-Encoding", "identity") != sent:
                problems.append(f"{page['path']} ({folder}): nginx sent Content-Encoding "
                                f"{response.getheader('Content-Encoding', 'identity')}, Marquee {sent}")
    return len(pages), problems


def main(args):
    if len(args) >= 3 and args[0] == "save":
        more = []
        if "--more" in args:
            i = args.index("--more")
            with open(args[i + 1]) as f:
                more = f.read().split()
            del args[i:i + 2]
        named = [tuple(a.split("=", 1)) for a in args[3:]]
        print("\n".join(save(args[1], args[2], named, more)))
    elif len(args) == 3 and args[0] == "verify":
        count, problems = verify(args[1], args[2])
        if problems:
            sys.exit("nginx does not serve Marquee's bytes:\n" + "\n".join(problems))
        print(f"nginx serves the same bytes as Marquee for {count} pages, with and without br")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
