#!/usr/bin/env python3
"""`nok check-websites` against fixture sites on loopback: every verdict, and every bad input a
site can hand the checker (huge, endless, slow or compressed bodies, redirect loops and
redirects into the internal network, TLS and HTTP errors, robots.txt, HTML and image bombs,
hostile SVG, a page in windows-1251, a formula in a QR code).

Usage: check_websites_test.py PATH/TO/nok. Needs python3, qrencode and openssl; everything runs
on 127.0.0.1 (and 127.0.0.2, which the checker must refuse) in this process's threads.
"""
import base64
import csv
import dataclasses
import http.server
import io
import os
import socket
import sqlite3
import ssl
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from nok_processes import Checks  # noqa: E402

PUBLIC_URL = "http://nok.test"
TIMEOUT_SECONDS = 3  # NOK_WEBSITE_CHECK_TIMEOUT for every run
RUN_LIMIT_SECONDS = 60  # a whole run over every fixture site
LIVE_PLACEMENT, REMOVED_PLACEMENT, POSTER_PLACEMENT = 7001, 7002, 7003

# The text format's title of each verdict (src/domain/website/verdict.cpp).
TITLES = {
    "ok": "QR-код на сайте ведёт на организацию",
    "stale": "QR-код или ссылка устарели",
    "wrong_org": "QR-код ведёт на другую организацию",
    "link_only": "Есть ссылка, нет QR-кода",
    "missing": "Блок НОК не найден",
    "unreachable": "Сайт недоступен",
}
REFUSED_REASON = "Сайт находится во внутренней сети или на служебном адресе; такие адреса не проверяются"


# --- Images ---------------------------------------------------------------------------------

def qrencode(text, *options):
    """qrencode's output for `text` (given on stdin, so that no text is taken for an option)."""
    return subprocess.run(["qrencode", "-o", "-", *options], input=text.encode(), check=True,
                          capture_output=True).stdout


def qr_png(text):
    """A PNG QR code, 6 pixels a module."""
    return qrencode(text, "-s", "6")


def qr_svg(text):
    """qrencode's SVG QR code from its <svg> element on (no XML declaration or comment)."""
    svg = qrencode(text, "-t", "SVG").decode()
    return svg[svg.index("<svg"):]


def qr_matrix(text):
    """The QR code's modules with a 4-module quiet zone, True for dark, read from qrencode's
    ASCII output (two characters a module)."""
    lines = qrencode(text, "-t", "ASCII", "-m", "4").decode().splitlines()
    return [[row[i] == "#" for i in range(0, len(row), 2)] for row in lines if row]


def gif_of(matrix, scale=6):
    """A GIF89a of a QR code. The LZW stream sends a clear code before every two pixels, so the
    code table never outgrows 3-bit codes and every code is 3 bits wide: valid for any decoder."""
    side = len(matrix) * scale
    pixels = [1 if dark else 0 for row in matrix for _ in range(scale) for dark in row for _ in range(scale)]
    clear, end = 4, 5
    codes = []
    for i in range(0, len(pixels), 2):
        codes += [clear, *pixels[i:i + 2]]
    codes.append(end)
    packed, value, bits = bytearray(), 0, 0
    for code in codes:  # least significant bit first
        value |= code << bits
        bits += 3
        while bits >= 8:
            packed.append(value & 0xFF)
            value >>= 8
            bits -= 8
    if bits:
        packed.append(value)
    blocks = b"".join(bytes([len(packed[i:i + 255])]) + packed[i:i + 255] for i in range(0, len(packed), 255))
    palette = b"\xff\xff\xff" + b"\x00\x00\x00" + b"\xff\xff\xff" * 2  # 4 colours: the least LZW code size 2 needs
    screen = struct.pack("<HHBBB", side, side, 0x91, 0, 0)  # global colour table of 4 entries
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, side, side, 0)
    return b"GIF89a" + screen + palette + image + b"\x02" + blocks + b"\x00\x3b"


def jpeg_of(matrix):
    """A baseline greyscale JPEG of a QR code, one 8×8 block a module. Every block is flat, so
    it needs its DC coefficient only: the DC table gives category k the 4-bit code k, the AC
    table holds end-of-block alone (the code 0), and the quantisation table is all ones."""
    side = len(matrix) * 8

    def segment(marker, payload):
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    bits, previous = [], 0
    for row in matrix:
        for dark in row:
            dc = 8 * ((0 if dark else 255) - 128)  # the 2-D DCT of a flat block, level-shifted
            diff, previous = dc - previous, dc
            category = abs(diff).bit_length()
            bits.append(format(category, "04b"))
            if category:
                bits.append(format(diff if diff > 0 else diff + (1 << category) - 1, "0%db" % category))
            bits.append("0")  # end of block
    stream = "".join(bits)
    stream += "1" * (-len(stream) % 8)
    scan = bytes(int(stream[i:i + 8], 2) for i in range(0, len(stream), 8)).replace(b"\xff", b"\xff\x00")
    return (b"\xff\xd8" + segment(0xDB, b"\x00" + b"\x01" * 64) +
            segment(0xC0, struct.pack(">BHHB", 8, side, side, 1) + b"\x01\x11\x00") +
            segment(0xC4, b"\x00" + bytes([0, 0, 0, 12] + [0] * 12) + bytes(range(12))) +
            segment(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00") +
            segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + scan + b"\xff\xd9")


def huge_png(side=20000):
    """A real side×side PNG, 1-bit greyscale, every row zeros: some 50 KB on the wire, 400
    megapixels to a decoder that believes its header."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = bytes(1 + (side + 7) // 8)  # filter byte, then the row's bits
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def hostile_svg(text):
    """A QR code as SVG that also declares an external entity naming /etc/passwd, uses it in a
    text node, and carries a script."""
    doctype = '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    extra = '<script type="text/javascript">fetch("http://evil.example/")</script><text x="1" y="3">&x;</text></svg>'
    return (doctype + qr_svg(text).replace("</svg>", extra)).encode()


def gzip_bomb(size=50 << 20):
    """`size` zero bytes, gzip-compressed (some 50 KB), built without holding them."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    return b"".join(packer.compress(block) for _ in range(size // len(block))) + packer.flush()


# --- Fixture servers ------------------------------------------------------------------------

def html(body, charset="utf-8"):
    """A page around `body`, encoded in `charset` and declaring it in a <meta>."""
    return ('<!doctype html><html><head><meta charset="%s"><title>Школа</title></head><body>%s</body></html>'
            % (charset, body)).encode(charset)


def content(body, content_type="text/html; charset=utf-8", status=200, headers=()):
    """A responder sending `body` whole."""
    def respond(handler):
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)
    return respond


def redirect(location):
    """A responder sending a 302 to `location`."""
    return content(b"", "text/plain", 302, [("Location", location)])


def zeros(total):
    """A responder streaming `total` zero bytes as a page, 64 KiB at a time, announced by
    Content-Length."""
    def respond(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(total))
        handler.end_headers()
        block = bytes(64 << 10)
        for _ in range(total // len(block)):
            handler.wfile.write(block)
    return respond


def endless_chunks(handler):
    """Responds with a chunked page that never ends."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = b"<p>" + b"x" * 16000 + b"</p>"
    while True:
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))


def trickle(handler):
    """Responds with a 100-byte page, one byte a second."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100")
    handler.end_headers()
    for _ in range(100):
        handler.wfile.write(b" ")
        handler.wfile.flush()
        time.sleep(1)


class FixtureHandler(http.server.BaseHTTPRequestHandler):
    """Answers GET from the server's routes (path → responder); 404 for any other path."""
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        self.server.requests.append((path, self.headers.get("User-Agent", "")))
        responder = self.server.routes.get(path, content(b"not found", "text/plain", 404))
        try:
            responder(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the checker hung up, as it should on a bad body

    def log_message(self, *args):
        pass


class FixtureServer(http.server.ThreadingHTTPServer):
    """A threaded HTTP (or, with a TLS context, HTTPS) server on an ephemeral port of `host`,
    serving from its own thread. `requests` lists (path, User-Agent) of each request."""
    daemon_threads = True

    def __init__(self, host, tls=None):
        super().__init__((host, 0), FixtureHandler)
        self.scheme = "https" if tls else "http"
        if tls:
            self.socket = tls.wrap_socket(self.socket, server_side=True)
        self.routes = {}
        self.requests = []
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def origin(self):
        """scheme://host:port of the server."""
        return "%s://%s:%d" % (self.scheme, *self.server_address[:2])

    def handle_error(self, request, client_address):
        pass  # failed handshakes and hang-ups are what the cases provoke

    def stop(self):
        """Stops serving and closes the listening socket (handlers still running are daemons)."""
        self.shutdown()
        self.server_close()


def self_signed_context(folder):
    """A server TLS context with a certificate openssl makes for CN=localhost, signed by itself."""
    key, cert = os.path.join(folder, "key.pem"), os.path.join(folder, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-days", "1",
                    "-keyout", key, "-out", cert], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def closed_port():
    """A port of 127.0.0.1 nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclasses.dataclass
class Fixtures:
    """The fixture servers, and a port where none listens."""
    main: FixtureServer     # most sites, one path each, under one robots.txt
    tls: FixtureServer      # a self-signed certificate
    private: FixtureServer  # on 127.0.0.2, outside --allow-network 127.0.0.1/32
    robots: FixtureServer   # its own robots.txt forbids everything
    closed_port: int

    def servers(self):
        """Every fixture server."""
        return [self.main, self.tls, self.private, self.robots]


# --- Cases ----------------------------------------------------------------------------------

@dataclasses.dataclass
class Case:
    """An organisation whose website is a fixture, and what the checker must say of it."""
    code: str
    website: str
    verdicts: tuple  # the verdicts accepted
    reason: str | tuple = ""  # a part of the reason the text format gives, or a tuple of those accepted
    columns: dict = dataclasses.field(default_factory=dict)  # CSV columns with their exact values


def org_url(code, placement=None):
    """The address of an organisation's page on nok, as its QR codes carry it."""
    return PUBLIC_URL + "/o/" + code + ("?p=%d" % placement if placement else "")


def build_cases(fx):
    """Puts every case's pages on the fixture servers; returns the cases, in the registry order
    the checker visits them in."""
    main = fx.main.origin
    routes = fx.main.routes
    routes["/robots.txt"] = content(b"User-agent: *\nDisallow: /robots-path/\n", "text/plain")
    cases = []

    def site(code, verdicts, pages, reason="", website=None, **columns):
        """A case whose pages are `pages` (path under /code/ → responder) on the main server;
        "MAIN" in a column's value stands for the server's origin."""
        for path, responder in pages.items():
            routes["/%s/%s" % (code, path)] = responder
        cases.append(Case(code, website or "%s/%s/" % (main, code), verdicts, reason,
                          {k: v.replace("MAIN", main) for k, v in columns.items()}))

    def qr_site(code, text, verdicts, reason="", website=None, **columns):
        """A case whose main page shows one PNG QR code of `text`."""
        site(code, verdicts, {"": content(html('<img src="qr.png" alt="QR-код">')),
                              "qr.png": content(qr_png(text), "image/png")}, reason, website, **columns)

    def image_site(code, name, image, content_type, verdicts, **columns):
        """A case whose main page shows the image `image`, served as `name`."""
        site(code, verdicts, {"": content(html('<img src="%s">' % name)), name: content(image, content_type)},
             **columns)

    def org_link(code):
        """A page linking to the organisation's page: link_only, should a faulty checker read it."""
        return content(html('<a href="%s">НОК</a>' % org_url(code)))

    # What earns each verdict.
    qr_site("qr-png", org_url("qr-png"), ("ok",), "QR-код ведёт на страницу организации",
            page_url="MAIN/qr-png/", image_url="MAIN/qr-png/qr.png", decoded=org_url("qr-png"))
    site("block-page", ("ok",), {
        "": content(html('<p>Главная</p><a href="assessment.html">Независимая оценка качества</a>')),
        "assessment.html": content(html('<img src="qr.png">')),
        "qr.png": content(qr_png(org_url("block-page")), "image/png")},
        page_url="MAIN/block-page/assessment.html", image_url="MAIN/block-page/qr.png")
    site("inline-svg", ("ok",), {"": content(html("<div>%s</div>" % qr_svg(org_url("inline-svg"))))},
         page_url="MAIN/inline-svg/", image_url="MAIN/inline-svg/", decoded=org_url("inline-svg"))
    data_url = "data:image/png;base64," + base64.b64encode(qr_png(org_url("data-url"))).decode()
    site("data-url", ("ok",), {"": content(html('<img src="%s">' % data_url))}, image_url="data:")
    image_site("gif-qr", "qr.gif", gif_of(qr_matrix(org_url("gif-qr"))), "image/gif", ("ok",),
               image_url="MAIN/gif-qr/qr.gif")
    image_site("jpeg-qr", "qr.jpg", jpeg_of(qr_matrix(org_url("jpeg-qr"))), "image/jpeg", ("ok",),
               image_url="MAIN/jpeg-qr/qr.jpg")
    qr_site("placement-live", org_url("placement-live", LIVE_PLACEMENT), ("ok",),
            decoded=org_url("placement-live", LIVE_PLACEMENT))
    qr_site("placement-poster", org_url("placement-poster", POSTER_PLACEMENT), ("ok",))
    qr_site("bus-gov-qr", "https://bus.gov.ru/info-card/123", ("ok",), "bus.gov.ru")
    site("redirect-ok", ("ok",), {
        "": redirect("/redirect-ok/landing.html"),
        "landing.html": content(html('<img src="qr.png">')),
        "qr.png": content(qr_png(org_url("redirect-ok")), "image/png")}, page_url="MAIN/redirect-ok/landing.html")
    # No scheme in the registry: https first (the plain server fails the handshake), then http.
    qr_site("bare-name", org_url("bare-name"), ("ok",), website=main.removeprefix("http://") + "/bare-name/",
            page_url="MAIN/bare-name/")
    qr_site("placement-removed", org_url("placement-removed", REMOVED_PLACEMENT), ("stale",), "снято")
    qr_site("other-host", "http://old-site.example/o/other-host", ("stale",), "прежний адрес")
    qr_site("wrong-org", org_url("qr-png"), ("wrong_org",), "код qr-png", decoded=org_url("qr-png"))
    site("link-only", ("link_only",), {"": content(html('<a href="%s">Оцените нас</a>' % org_url("link-only")))},
         "Есть ссылка на страницу организации", decoded=org_url("link-only"), image_url="")
    site("bus-gov-link", ("link_only",),
         {"": content(html('<a href="https://bus.gov.ru/info-card/123">Отзыв о нас</a>'))}, "bus.gov.ru")
    site("empty", ("missing",), {"": content(html("<p>Ничего нет</p>"))}, "ни QR-кода, ни ссылки",
         page_url="", image_url="", decoded="")
    qr_site("qr-javascript", "javascript:alert(1)", ("missing",), decoded="")
    qr_site("qr-evil", "http://evil.example/o/OTHER", ("missing",), decoded="")

    # Hostile or odd content.
    image_site("huge-png", "qr.png", huge_png(), "image/png", ("missing",))
    image_site("hostile-svg", "qr.svg", hostile_svg(org_url("hostile-svg")), "image/svg+xml", ("ok", "missing"))
    bomb = "<div>" * 100000 + '<img src="qr.png">' + "</div>" * 100000
    site("html-bomb", ("ok", "missing"),
         {"": content(html(bomb)), "qr.png": content(qr_png(org_url("html-bomb")), "image/png")})
    # No charset in Content-Type: the <meta> names windows-1251, as on many older sites.
    site("cp1251", ("ok",), {
        "": content(html('<a href="block.html">Независимая оценка качества</a>', "windows-1251"), "text/html"),
        "block.html": content(html('<img src="qr.png">', "windows-1251"), "text/html"),
        "qr.png": content(qr_png(org_url("cp1251")), "image/png")}, page_url="MAIN/cp1251/block.html")
    # A QR code whose text only trims to this organisation's address: the decoded text starts
    # with a tab, which a spreadsheet would take for a formula's start; evidence is stored
    # printable, so the tab arrives as a space.
    qr_site("formula", "\t" + org_url("formula"), ("ok",), decoded=" " + org_url("formula"))

    # Unreachable, each for its reason.
    site("big-page", ("unreachable",), {"": zeros(50 << 20)}, "больше 4 МБ")
    site("endless", ("unreachable",), {"": endless_chunks}, ("больше 4 МБ", "не ответил вовремя"))
    site("gzip-bomb", ("unreachable",),
         {"": content(gzip_bomb(), "text/html", headers=[("Content-Encoding", "gzip")])}, "больше 4 МБ")
    site("redirect-loop", ("unreachable",), {"": redirect("/redirect-loop/")}, "перенаправлений")
    chain = {"": redirect("/redirect-chain/1"), "10": org_link("redirect-chain")}
    chain.update({str(i): redirect("/redirect-chain/%d" % (i + 1)) for i in range(1, 10)})
    site("redirect-chain", ("unreachable",), chain, "перенаправлений")
    site("redirect-private", ("unreachable",), {"": redirect(fx.private.origin + "/")}, REFUSED_REASON)
    fx.private.routes["/"] = org_link("redirect-private")
    site("slow", ("unreachable",), {"": trickle}, "не ответил вовремя")
    site("rate-limited", ("unreachable",),
         {"": content(b"slow down", "text/plain", 429, [("Retry-After", "60")])}, "(429)")
    site("not-found", ("unreachable",), {"": content(b"gone", "text/plain", 404)}, "код ответа 404")
    site("server-error", ("unreachable",), {"": content(b"down", "text/plain", 503)}, "ошибкой сервера (503)")
    site("tls", ("unreachable",), {}, "TLS", website=fx.tls.origin + "/")
    fx.tls.routes["/"] = org_link("tls")
    site("closed-port", ("unreachable",), {}, "не принимает соединения",
         website="http://127.0.0.1:%d/" % fx.closed_port)
    qr_site("robots-path", org_url("robots-path"), ("unreachable",), "robots.txt")
    # A redirect does not take the checker where robots.txt forbids it to go.
    site("robots-redirect", ("unreachable",), {"": redirect("/robots-path/elsewhere.html"),
                                               "qr.png": content(qr_png(org_url("robots-redirect")), "image/png")},
         "robots.txt")
    routes["/robots-path/elsewhere.html"] = content(html('<img src="/robots-redirect/qr.png">'))
    # robots.txt holds for one scheme, host and port: this server's forbids everything. It is
    # the registry's last site on 127.0.0.1, so a checker that kept another port's robots.txt
    # (main's, read for the first site) fails on this case alone.
    fx.robots.routes["/robots.txt"] = content(b"User-agent: *\nDisallow: /\n", "text/plain")
    fx.robots.routes["/"] = content(html('<img src="qr.png">'))
    fx.robots.routes["/qr.png"] = content(qr_png(org_url("robots-host")), "image/png")
    site("robots-host", ("unreachable",), {}, "robots.txt", website=fx.robots.origin + "/")
    return cases


# --- nok ------------------------------------------------------------------------------------

def create_database(nok, folder, cases):
    """A SQLite database with an organisation per case (short names in case order, which is the
    order the checker visits one host's sites in), one without a website, and the placements
    the placement cases name. Returns its URL and path."""
    path = os.path.join(folder, "nok.db")
    db = "sqlite:" + path
    subprocess.run([nok, "migrate", "--db", db], check=True, capture_output=True)
    registry = os.path.join(folder, "orgs.csv")
    with open(registry, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["code", "inn", "full_name", "short_name", "region", "sphere", "website"])
        for i, case in enumerate(cases):
            writer.writerow([case.code, "7707083893", "Организация " + case.code, "Организация %02d" % i, "77",
                             "education", case.website])
        writer.writerow(["no-website", "7707083893", "Без сайта", "Организация 99", "77", "education", ""])
    subprocess.run([nok, "import-orgs", "--db", db, registry], check=True, capture_output=True)
    with sqlite3.connect(path) as connection:
        def org_id(code):
            return connection.execute("SELECT id FROM organisations WHERE code = ?", (code,)).fetchone()[0]
        now = "2026-01-15T10:00:00Z"
        for placement, code, carrier, place, removed in [
                (LIVE_PLACEMENT, "placement-live", "website", "website", None),
                (REMOVED_PLACEMENT, "placement-removed", "website", "website", now),
                (POSTER_PLACEMENT, "placement-poster", "poster_a4", "entrance", None)]:
            connection.execute("INSERT INTO placements (id, organisation_id, carrier, place, created_at, removed_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)", (placement, org_id(code), carrier, place, now, removed))
    return db, path


def check_websites(nok, db, *args, allow_flag=True, allow_env=""):
    """Runs `nok check-websites` with the test's settings; returns (exit code, stdout, stderr,
    seconds taken). A run that outlives RUN_LIMIT_SECONDS is killed and reported as exit -1."""
    env = dict(os.environ, NOK_WEBSITE_CHECK_DELAY_MS="0", NOK_WEBSITE_CHECK_TIMEOUT=str(TIMEOUT_SECONDS),
               NOK_PUBLIC_URL=PUBLIC_URL, NOK_WEBSITE_CHECK_ALLOW=allow_env)
    command = [nok, "check-websites", "--db", db, "--concurrency", "8", *args]
    if allow_flag:
        command += ["--allow-network", "127.0.0.1/32"]
    started = time.monotonic()
    try:
        done = subprocess.run(command, env=env, capture_output=True, timeout=RUN_LIMIT_SECONDS)
    except subprocess.TimeoutExpired as expired:
        out = (expired.stdout or b"").decode(errors="replace")
        return -1, out, "killed after %d s" % RUN_LIMIT_SECONDS, time.monotonic() - started
    seconds = time.monotonic() - started
    return done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace"), seconds


def csv_rows(out):
    """The CSV format's rows by organisation code, and whether the header is the documented one."""
    rows = list(csv.reader(io.StringIO(out)))
    header = rows[0] if rows else []
    by_code = {row[0]: dict(zip(header, row)) for row in rows[1:] if row}
    return by_code, header == ["code", "verdict", "page_url", "image_url", "decoded"]


def text_lines(out):
    """The text format's lines by organisation code as (title, reason), and its summary line."""
    lines, summary = {}, ""
    for line in out.splitlines():
        fields = line.split("\t")
        if line.startswith("проверено сайтов:"):
            summary = line
        elif len(fields) >= 3:
            lines[fields[0]] = (fields[1], fields[2])
    return lines, summary


def check_case(checks, case, row, line):
    """Checks one case's CSV row and text line; prints a line for it."""
    problems = []
    if row is None:
        problems.append("not in the CSV output")
    else:
        if row["verdict"] not in case.verdicts:
            problems.append("verdict %s, expected %s" % (row["verdict"], " or ".join(case.verdicts)))
        problems += ["%s %r, expected %r" % (column, row.get(column), value)
                     for column, value in case.columns.items() if row.get(column) != value]
    if line is None:
        problems.append("not in the text output")
    else:
        title, reason = line
        if row is not None and title != TITLES.get(row["verdict"]):
            problems.append("text title «%s» for %s" % (title, row["verdict"]))
        accepted = case.reason if isinstance(case.reason, tuple) else (case.reason,)
        if not any(part in reason for part in accepted):
            problems.append("reason «%s» lacks «%s»" % (reason, "» or «".join(accepted)))
    if checks(case.code, not problems, "; ".join(problems)):
        print("ok   %-18s %-11s %s" % (case.code, row["verdict"], line[1]))


def check_every_site(nok, db, path, cases, fx, checks):
    """Checks every site twice, as CSV and as text: each case's verdict, columns and reason, the
    placements confirmed, and what the fixture servers were asked. Returns the runs' output."""
    code, out, err, seconds = check_websites(nok, db, "--format", "csv")
    print("run over %d sites (csv): exit %d in %.1f s" % (len(cases), code, seconds))
    checks("the CSV run exits 0 within %d s" % RUN_LIMIT_SECONDS, code == 0, err)
    rows, header_ok = csv_rows(out)
    checks("the CSV header", header_ok, out[:200])
    with sqlite3.connect(path) as connection:
        confirmed = dict(connection.execute("SELECT id, confirmed_at FROM placements"))
    checks("the live website placement found is confirmed", confirmed.get(LIVE_PLACEMENT) is not None, str(confirmed))
    checks("a removed placement is not confirmed", confirmed.get(REMOVED_PLACEMENT) is None, str(confirmed))
    checks("a poster's placement found on the website is not confirmed", confirmed.get(POSTER_PLACEMENT) is None,
           str(confirmed))
    outputs = [out, err]

    code, out, err, seconds = check_websites(nok, db, "--format", "text")
    print("run over %d sites (text): exit %d in %.1f s" % (len(cases), code, seconds))
    checks("the text run exits 0 within %d s" % RUN_LIMIT_SECONDS, code == 0, err)
    lines, summary = text_lines(out)
    checks("the text run counts every site with a website", summary.startswith("проверено сайтов: %d;" % len(cases)),
           summary)
    outputs += [out, err]

    for case in cases:
        check_case(checks, case, rows.get(case.code), lines.get(case.code))
    checks("an organisation without a website is not checked", "no-website" not in rows and "no-website" not in lines)
    checks("nothing reached the address outside --allow-network", not fx.private.requests, str(fx.private.requests))
    forbidden = [p for p, _ in fx.main.requests if p.startswith("/robots-path/")]
    checks("a path robots.txt forbids is never fetched", not forbidden, str(forbidden))
    robots_host = [p for p, _ in fx.robots.requests]
    checks("a host with a robots.txt of its own has it read, and forbidding all, gets no other request",
           "/robots.txt" in robots_host and set(robots_host) == {"/robots.txt"}, str(robots_host))
    agents = {agent for server in fx.servers() for _, agent in server.requests}
    checks("every request names the checker", all(a.startswith("nok-website-check/") for a in agents), str(agents))
    return outputs


def check_refused(nok, db, cases, checks):
    """Without --allow-network (or its variable), every loopback site is refused for its
    address. Returns the run's output."""
    code, out, err, seconds = check_websites(nok, db, "--format", "text", allow_flag=False)
    lines, _ = text_lines(out)
    wrong = {c.code: lines.get(c.code) for c in cases if lines.get(c.code) != (TITLES["unreachable"], REFUSED_REASON)}
    print("run without --allow-network: exit %d in %.1f s, %d of %d sites refused" %
          (code, seconds, len(cases) - len(wrong), len(cases)))
    checks("without --allow-network every loopback site is refused", code == 0 and not wrong, str(wrong))
    return [out, err]


def check_options(nok, db, checks):
    """--org alone, the time one slow site takes, NOK_WEBSITE_CHECK_ALLOW, and bad options."""
    code, out, err, seconds = check_websites(nok, db, "--format", "csv", "--org", "slow")
    rows, _ = csv_rows(out)
    print("run --org slow: exit %d in %.1f s" % (code, seconds))
    checks("--org checks that organisation alone; a byte a second is given up within the timeout",
           code == 0 and list(rows) == ["slow"] and rows["slow"]["verdict"] == "unreachable"
           and seconds < TIMEOUT_SECONDS + 5, "%.1f s: %s" % (seconds, out))

    code, out, err, _ = check_websites(nok, db, "--format", "csv", "--org", "qr-png", allow_flag=False,
                                       allow_env="127.0.0.1/32")
    rows, _ = csv_rows(out)
    checks("NOK_WEBSITE_CHECK_ALLOW allows a network as --allow-network does",
           code == 0 and list(rows) == ["qr-png"] and rows["qr-png"]["verdict"] == "ok", out + err)

    code, out, err, _ = check_websites(nok, db, "--format", "bogus")
    checks("--format bogus exits 2", code == 2 and "--format" in err, "exit %d: %s" % (code, err))
    code, out, err, _ = check_websites(nok, db, "--org", "NOPE")
    checks("--org of an unknown code exits 1 saying so",
           code == 1 and "Организации с кодом «NOPE» нет в реестре" in err, "exit %d: %s" % (code, err))


def main():
    """Starts the fixtures, fills a database with their sites, runs every check, reports."""
    nok = os.path.abspath(sys.argv[1])
    checks = Checks("websites.check")
    with tempfile.TemporaryDirectory() as folder:
        fx = Fixtures(FixtureServer("127.0.0.1"), FixtureServer("127.0.0.1", self_signed_context(folder)),
                      FixtureServer("127.0.0.2"), FixtureServer("127.0.0.1"), closed_port())
        try:
            cases = build_cases(fx)
            db, path = create_database(nok, folder, cases)
            outputs = check_every_site(nok, db, path, cases, fx, checks) + check_refused(nok, db, cases, checks)
            check_options(nok, db, checks)
        finally:
            for server in fx.servers():
                server.stop()
    with open("/etc/passwd", encoding="utf-8", errors="replace") as f:
        secret = f.readline().strip()
    checks("no file an SVG entity names reaches the output", all(secret not in o for o in outputs))
    checks.finish()

if __name__ == "__main__":
    main()
