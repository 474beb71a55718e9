#!/usr/bin/python3
"""A stand-in OpenID Connect provider for tests.

GET  /authorize?…  remembers client_id, redirect_uri, nonce and the S256 code_challenge
                   under a fresh code and redirects to redirect_uri?code=…&state=….
                   MODE (an extra query parameter of the authorize URL) bends the ID token:
                   wrong_nonce, expired, wrong_audience; or "deny" answers error=access_denied.
POST /token        exchanges a code once, if the code_verifier matches its challenge, for
                   {"id_token": an unsigned JWT-shaped token}; else 400 invalid_grant.

usage: fake_oidc_provider.py PORT    (the issuer is http://127.0.0.1:PORT)
"""
import base64
import hashlib
import json
import secrets
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

port = int(sys.argv[1])
issuer = f"http://127.0.0.1:{port}"
codes = {}


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class Provider(BaseHTTPRequestHandler):
    def reply(self, status, body, headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        url = urlsplit(self.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path != "/authorize" or q.get("code_challenge_method") != "S256" or q.get("response_type") != "code":
            return self.reply(400, {"error": "invalid_request"})
        if q.get("mode") == "deny":
            target = q["redirect_uri"] + "?" + urlencode({"error": "access_denied", "state": q["state"]})
        else:
            code = secrets.token_urlsafe(16)
            codes[code] = q
            target = q["redirect_uri"] + "?" + urlencode({"code": code, "state": q["state"]})
        self.reply(302, {}, [("Location", target)])

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        asked = codes.pop(form.get("code", ""), None)  # a code works once
        if (asked is None or form.get("grant_type") != "authorization_code"
                or form.get("client_id") != asked["client_id"] or form.get("redirect_uri") != asked["redirect_uri"]
                or b64url(hashlib.sha256(form.get("code_verifier", "").encode()).digest()) != asked["code_challenge"]):
            return self.reply(400, {"error": "invalid_grant"})
        mode = asked.get("mode", "")
        claims = {"iss": issuer, "sub": "person-42", "iat": int(time.time()),
                  "aud": "someone-else" if mode == "wrong_audience" else asked["client_id"],
                  "exp": int(time.time()) + (-60 if mode == "expired" else 300),
                  "nonce": "not-the-nonce" if mode == "wrong_nonce" else asked["nonce"]}
        token = b64url(b'{"alg":"none"}') + "." + b64url(json.dumps(claims).encode()) + "."
        self.reply(200, {"access_token": "unused", "token_type": "Bearer", "id_token": token})

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Provider).serve_forever()
