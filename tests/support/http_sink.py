#!/usr/bin/python3
"""A stand-in for an HTTP API (an SMS gateway) in tests: answers every request with STATUS
and appends it to LOG as one JSON line {method, target, headers, body}.

usage: http_sink.py PORT STATUS LOG
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, status, log = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]


class Sink(BaseHTTPRequestHandler):
    def record(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8")
        with open(log, "a", encoding="utf-8") as out:
            out.write(json.dumps({"method": self.command, "target": self.path,
                                  "headers": {k.lower(): v for k, v in self.headers.items()},
                                  "body": body}, ensure_ascii=False) + "\n")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    do_GET = do_POST = record

    def log_message(self, *args):  # quiet: the log file is the record
        pass


ThreadingHTTPServer(("127.0.0.1", port), Sink).serve_forever()
