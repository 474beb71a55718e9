#!/usr/bin/env python3
"""Posts surveys to `nok serve` while killing it with SIGKILL at random moments.

Concurrent clients post surveys to the JSON API, each with its own idempotency key. A
submission answered 2xx is acknowledged; one whose connection broke is retried with the
same key and body after the restart, until every key is acknowledged. At the end some
acknowledged keys are sent once more and must come back as repeats of the same response.

Writes DIR/acked.txt (one "key response-id" a line, sorted) for the checks the caller runs in SQL.
Usage: crash_client.py --nok PATH --db URL --dir DIR [--kills 5] [--clients 8] [--seed N]
  DIR holds key, tokens.txt and codes.txt (bench/submit_fixture writes them).
"""
import argparse
import http.client
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time

FILTERED = [("stand_used", "stand_ok"), ("site_used", "site_ok"), ("disabled", "access_ok"),
            ("remote_used", "remote_polite")]
FREE = ["comfort_ok", "contact_polite", "staff_polite", "recommend", "conditions_ok", "overall_ok"]


class Submission:
    def __init__(self, key, token, org, network, body):
        self.key, self.token, self.org, self.network, self.body = key, token, org, network, body


def answers(rng):
    out = {}
    for parent, child in FILTERED:
        out[parent] = rng.randint(0, 1)
        if out[parent]:
            out[child] = rng.randint(0, 1)
    for item in FREE:
        out[item] = rng.randint(0, 1)
    return out


class Server:
    """One `nok serve` process on a port of its own choosing."""

    def __init__(self, nok, db, secret, log):
        env = dict(os.environ, NOK_SECRET_KEY=secret)
        self.process = subprocess.Popen(
            [nok, "serve", "--db", db, "--listen", "127.0.0.1:0", "--trust-forwarded-for", "1"],
            stdout=subprocess.PIPE, stderr=log, env=env, text=True)
        line = self.process.stdout.readline()  # "nok serving http://127.0.0.1:PORT/"
        if "serving" not in line:
            sys.exit(f"crash: nok serve did not start: {line!r}")
        self.port = int(line.rsplit(":", 1)[1].strip().strip("/"))

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        self.process.terminate()
        if self.process.wait(timeout=60) != 0:
            sys.exit(f"crash: nok serve exited with {self.process.returncode} on SIGTERM")


class Clients:
    """Signed-in citizens posting surveys with their own keys; `directory` holds the
    fixture's tokens.txt and codes.txt."""

    def __init__(self, directory, count, seed, rng):
        self.count, self.seed, self.rng = count, seed, rng
        with open(os.path.join(directory, "tokens.txt")) as f:
            self.tokens = f.read().split()
        with open(os.path.join(directory, "codes.txt")) as f:
            self.codes = f.read().split()
        self.pending = queue.Queue()   # not yet acknowledged: sent again with the same key
        self.submissions = {}          # key → Submission
        self.acked = {}                # key → response id
        self.repeats_on_retry = 0      # retries answered as repeats: stored, but the answer was lost
        self.unexpected = []           # answers that are neither 2xx nor a broken connection
        self.sent_before = set()       # keys sent at least once
        self.refused = {}              # status (or "no answer") → how many posts were refused or lost
        self.longest = 0.0             # the longest a post waited for its answer or its failure, s
        self.next_key = 0
        self.lock = threading.Lock()

    def new_submission(self):
        with self.lock:
            self.next_key += 1
            key = f"crash-{self.seed}-{self.next_key}"
            network = f"198.51.{self.rng.randrange(256)}.{self.rng.randrange(1, 255)}"
            body = json.dumps({"idempotency_key": key, "answers": answers(self.rng)})
            s = Submission(key, self.rng.choice(self.tokens), self.rng.choice(self.codes), network, body)
            self.submissions[key] = s
        return s

    def post(self, connection, s):
        """The response's (status, body); raises OSError/HTTPException when the server is gone."""
        started = time.monotonic()
        try:
            connection.request("POST", f"/api/v1/organisations/{s.org}/responses", body=s.body, headers={
                "Content-Type": "application/json", "Authorization": f"Bearer {s.token}",
                "X-Forwarded-For": s.network})
            reply = connection.getresponse()
            return reply.status, reply.read()
        finally:
            with self.lock:
                self.longest = max(self.longest, time.monotonic() - started)

    def retry_later(self, s, status="no answer"):
        with self.lock:
            self.sent_before.add(s.key)
            self.refused[status] = self.refused.get(status, 0) + 1
        self.pending.put(s)

    def record(self, s, status, body):
        with self.lock:
            retried = s.key in self.sent_before
            self.sent_before.add(s.key)
            if status not in (200, 201):
                self.unexpected.append(f"{s.key}: {status} {body[:200]!r}")
                return
            answer = json.loads(body)
            if s.key in self.acked and self.acked[s.key] != answer["id"]:
                self.unexpected.append(f"{s.key}: acknowledged as {self.acked[s.key]}, then as {answer['id']}")
            self.acked.setdefault(s.key, answer["id"])
            if retried and answer["repeated"]:
                self.repeats_on_retry += 1

    def run(self, address, stop, new_ones, balanced=False):
        """Posts to `address` (host, port) until `stop` is set or the server is gone; with
        `new_ones` fresh keys once no retry is left, without them until no retry is left.
        `balanced`: the address is a load balancer in front of servers that come and go, so
        a broken connection or a 502/503/504 only means "send it again later"."""
        connection = http.client.HTTPConnection(*address, timeout=30)
        errors = 0
        while not stop.is_set():
            try:
                s = self.pending.get_nowait()
            except queue.Empty:
                if not new_ones:
                    return
                s = self.new_submission()
            try:
                status, body = self.post(connection, s)
            except (OSError, http.client.HTTPException):
                self.retry_later(s)
                connection.close()  # a connection the server closed or lost: open another
                errors += 1
                if balanced:
                    time.sleep(0.05)
                elif new_ones or errors > 20:
                    return  # the server is gone (killed); the next round sends it again
                continue
            if balanced and status in (502, 503, 504):
                self.retry_later(s, status)
                time.sleep(0.05)
                continue
            self.record(s, status, body)

    def send_again(self, address, count=50):
        """Keys acknowledged earlier (before a kill), sent once more: the first answer must
        come back as a repeat."""
        connection = http.client.HTTPConnection(*address, timeout=30)
        for key in self.rng.sample(sorted(self.acked), min(count, len(self.acked))):
            status, body = self.post(connection, self.submissions[key])
            if status != 200 or not json.loads(body)["repeated"] or json.loads(body)["id"] != self.acked[key]:
                self.unexpected.append(f"{key} sent again: {status} {body[:200]!r}, first acknowledged as "
                                       f"{self.acked[key]}")

    def report(self, directory):
        """Writes DIRECTORY/acked.txt for check_acknowledged.sh, prints the counts and every
        problem; 0 when every key was acknowledged as expected, else 1."""
        with open(os.path.join(directory, "acked.txt"), "w") as f:
            for key, response_id in sorted(self.acked.items()):
                f.write(f"{key} {response_id}\n")
        print(f"submissions: {len(self.submissions)}, acknowledged: {len(self.acked)}, retried keys that were "
              f"already stored: {self.repeats_on_retry}, left unacknowledged: {self.pending.qsize()}")
        for problem in self.unexpected[:20]:
            print(f"FAIL: {problem}")
        return 1 if self.unexpected or self.pending.qsize() else 0

    def round(self, port, kill_after=None, server=None):
        stop = threading.Event()
        threads = [threading.Thread(target=self.run, args=(("127.0.0.1", port), stop, kill_after is not None))
                   for _ in range(self.count)]
        for t in threads:
            t.start()
        if kill_after is not None:
            time.sleep(kill_after)
            server.kill()
            stop.set()
        for t in threads:
            t.join()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nok", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(f"seed {args.seed} (--seed repeats the kill moments and the random choices)", flush=True)
    with open(os.path.join(args.dir, "key")) as f:
        secret = f.read().strip()
    clients = Clients(args.dir, args.clients, args.seed, rng)
    log = open(os.path.join(args.dir, "nok.log"), "a")

    for n in range(args.kills):
        server = Server(args.nok, args.db, secret, log)
        moment = rng.uniform(0.3, 2.0)
        clients.round(server.port, kill_after=moment, server=server)
        print(f"kill {n + 1}: SIGKILL after {moment:.2f} s; acknowledged so far {len(clients.acked)}, "
              f"waiting for a retry {clients.pending.qsize()}", flush=True)

    server = Server(args.nok, args.db, secret, log)
    clients.round(server.port)  # every key not yet acknowledged, sent again until it is
    clients.send_again(("127.0.0.1", server.port))
    server.stop()
    return clients.report(args.dir)


if __name__ == "__main__":
    sys.exit(main())
