"""Sends a 20 MB attachment to the tip line twice (the plain form, sealed on arrival; and a tip sealed elsewhere, as
/js/tips.js sends it) and prints the server's RSS growth during each, sampled from /proc every 20 ms.
Usage: memory.py BASE_URL PID EMAIL PASSWORD"""
import os, re, sys, threading, time, struct
import requests

base, pid, email, password = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
size = 20 * 1024 * 1024


def rss_kib():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])


def token(session, path):
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', session.get(base + path).text).group(1)


def make_tip_key():
    staff = requests.Session()
    staff.post(base + "/newsroom/login", data={"Email": email, "Password": password, "__RequestVerificationToken": token(staff, "/newsroom/login")}, allow_redirects=False)
    phrase = "a bench passphrase nobody keeps"
    made = staff.post(base + "/newsroom/tips/key?handler=Create", data={"Passphrase": phrase, "Confirmation": phrase, "__RequestVerificationToken": token(staff, "/newsroom/tips/key")})
    assert made.status_code == 200, made.status_code


def sealed_file():
    """Framed as SealedStream writes it: a 24-byte header, then 64 KiB chunks each with its length and a 17-byte tag."""
    parts = [os.urandom(24)]
    for offset in range(0, size, 65536):
        chunk = os.urandom(min(65536, size - offset) + 17)
        parts += [struct.pack("<i", len(chunk)), chunk]
    parts += [struct.pack("<i", 17), os.urandom(17)]
    return b"".join(parts)


def measured(name, send):
    before, peak, done = rss_kib(), [0], threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_kib())
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.monotonic()
    status = send()
    done.set()
    sampler.join()
    print(f"{name}: HTTP {status} in {time.monotonic() - started:.1f} s, RSS {before // 1024} MB before, growth {(peak[0] - before) / 1024:.1f} MB (target <= 50 MB)")


make_tip_key()
payload = os.urandom(size)
requests.get(base + "/tips")
measured("plain form, sealed on arrival", lambda: requests.post(base + "/tips", files={"Files": ("evidence.bin", payload, "application/octet-stream")}, data={"Message": "bench", "Contact": "", "Receipt": ""}).status_code)
keys = requests.get(base + "/tips/keys").json()
sealed = sealed_file()
fields = [("ReceiptHash", (None, os.urandom(32).hex())), ("Receipt", (None, "")), ("SealedMessage", ("message", os.urandom(200)))]
fields += [("Wrap", (None, f"{k['id']}:" + __import__("base64").b64encode(os.urandom(104)).decode())) for k in keys]
fields += [("SealedFile", ("sealed", sealed, "application/octet-stream"))]
measured("sealed in the browser", lambda: requests.post(base + "/tips?handler=Sealed", files=fields).status_code)
