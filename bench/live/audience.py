"""Issue 17's live targets on a running server. A reporter signs in and posts an entry to the demo's live story every
PERIOD seconds through the live desk, as a person does. Meanwhile either
  rate: wrk measures the update resource and the warm article, alternated (ROUNDS each), and prints the medians; or
  audience: READERS simulated readers each poll the update resource as live.js does (their own keep-alive connection,
    a random phase, the cadence the server names, following data-next) and note when each first sees each entry;
    prints, per entry and overall, the delay from the post's answer to the p50/p99/last reader.
Usage: audience.py BASE_URL EMAIL PASSWORD rate ROUNDS SECONDS | audience READERS ENTRIES [PERIOD=5]"""
import asyncio, random, re, statistics, subprocess, sys, threading, time
from urllib.parse import urlsplit
import requests

base, email, password, mode = sys.argv[1:5]
slug = "amas-2017-red-carpet-live"
period = float(sys.argv[7]) if mode == "audience" and len(sys.argv) > 7 else 5.0


def token(session, path):
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', session.get(base + path).text).group(1)


class Reporter:
    """Posts "bench entry N" every PERIOD seconds through the desk; `posted[N]` is when the post was sent (before its commit,
    so a delay measured from it is never shorter than the one from the commit)."""

    def __init__(self):
        self.staff = requests.Session()
        self.staff.post(base + "/newsroom/login", data={"Email": email, "Password": password, "__RequestVerificationToken": token(self.staff, "/newsroom/login")}, allow_redirects=False)
        rows = self.staff.get(base + "/newsroom/articles", params={"Search": "American Music Awards Red Carpet"}).text
        self.desk = "/newsroom/live/" + re.search(r'data-article-id="(\d+)">\s*<td data-label="Headline"><a [^>]*>Live: ', rows).group(1)
        self.posted, self.stop = {}, threading.Event()

    def post(self, number):
        sent = time.monotonic()
        answer = self.staff.post(base + self.desk + "?handler=Post", data={"Form.Body": f"bench entry {number}", "__RequestVerificationToken": token(self.staff, self.desk)})
        assert answer.status_code == 200 and "Posted." in answer.text, answer.status_code
        self.posted[number] = sent

    def run(self, count=None):
        number = 0
        while not self.stop.is_set() and (count is None or number < count):
            number += 1
            self.post(number)
            self.stop.wait(period)


def updates_path():
    page = requests.get(f"{base}/live/{slug}").text
    return re.search(r'data-live-updates="([^"]+)"', page).group(1)


def wrk(path, seconds):
    out = subprocess.run(["wrk", "-t1", "-c32", f"-d{seconds}s", base + path], capture_output=True, text=True, check=True).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def rate(rounds, seconds):
    article = "/news/" + re.search(r'href="/news/([^"]+)"', requests.get(base + "/").text).group(1)
    reporter = Reporter()
    threading.Thread(target=reporter.run, daemon=True).start()
    rates = {"article": [], "updates": []}
    for _ in range(rounds):
        # A reader's URL names the story's current version: each round asks the one readers are told now.
        rates["updates"].append(wrk(updates_path(), seconds))
        rates["article"].append(wrk(article, seconds))
    reporter.stop.set()
    a, u = statistics.median(rates["article"]), statistics.median(rates["updates"])
    print(f"rounds {rates}")
    print(f"median req/s while posting every {period:.0f} s ({len(reporter.posted)} entries): warm article {a:.0f}, update resource {u:.0f}, ratio {u / a:.2f} (target >= 0.8)")


async def get(reader, writer, host, path):
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/html\r\n\r\n".encode())
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
    status = int(head.split(" ", 2)[1])
    length = re.search(r"(?i)content-length: (\d+)", head)
    if length:
        return status, (await reader.readexactly(int(length.group(1)))).decode()
    body = b""
    while (size := int((await reader.readuntil(b"\r\n")).strip(), 16)) > 0:
        body += await reader.readexactly(size + 2)
    await reader.readuntil(b"\r\n")
    return status, body.decode()


async def poller(start, cadence, seen, stop):
    split = urlsplit(base)
    reader, writer = await asyncio.open_connection(split.hostname, split.port)
    path, known = start, set()
    await asyncio.sleep(random.uniform(0, cadence))
    while not stop.is_set():
        status, body = await get(reader, writer, split.netloc, path)
        if status == 200:
            now = time.monotonic()
            # Each reader counts once per entry: the first answer that carried it.
            for number in {int(n) for n in re.findall(r"bench entry (\d+)", body)} - known:
                known.add(number)
                seen.setdefault(number, []).append(now)
            path = re.search(r'data-next="([^"]+)"', body).group(1)
            cadence = int(re.search(r'data-poll-seconds="(\d+)"', body).group(1)) or cadence
        await asyncio.sleep(cadence)
    writer.close()


async def audience(readers, entries):
    start = updates_path()
    cadence = int(re.search(r'data-poll-seconds="(\d+)"', requests.get(base + start).text).group(1))
    reporter, stop = Reporter(), asyncio.Event()
    seen = {}
    tasks = [asyncio.create_task(poller(start, cadence, seen, stop)) for _ in range(readers)]
    await asyncio.sleep(cadence)
    await asyncio.to_thread(reporter.run, entries)
    await asyncio.sleep(cadence + 2)
    stop.set()
    await asyncio.gather(*tasks)
    delays = []
    for number, posted in sorted(reporter.posted.items()):
        per_reader = sorted(t - posted for t in seen.get(number, []))
        delays += per_reader
        print(f"entry {number}: {len(per_reader)}/{readers} readers, p50 {pct(per_reader, 50):.2f} s, p99 {pct(per_reader, 99):.2f} s")
    print(f"{readers} readers at the server's cadence of {cadence} s, {entries} entries every {period:.0f} s: "
          f"p50 {pct(delays, 50):.2f} s, p99 {pct(delays, 99):.2f} s, last {max(delays):.2f} s (target p99 <= {cadence + 1} s)")


def pct(values, p):
    return sorted(values)[min(len(values) - 1, int(len(values) * p / 100))] if values else float("nan")


if mode == "rate":
    rate(int(sys.argv[5]), int(sys.argv[6]))
else:
    asyncio.run(audience(int(sys.argv[5]), int(sys.argv[6])))
