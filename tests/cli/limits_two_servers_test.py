#!/usr/bin/env python3
"""The citizens' limits hold across processes: two `nok serve` over one PostgreSQL database,
each sent half of a concurrent burst, let through exactly the limit between them — 5 reviews
from one account, 3 codes to one address, 5 guesses of one code.

Usage: limits_two_servers_test.py PATH/TO/nok. Needs NOK_TEST_POSTGRES_URL and psql (for a
schema of its own, dropped afterwards); without them it exits 77, which ctest reports as
skipped. The servers write the codes into an outbox folder (NOK_MAIL_OUTBOX), read here.
"""
import email
import email.policy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from nok_processes import Checks, nok_env, postgres_url_or_skip, psql, start_server, stop, throwaway_schema  # noqa: E402

BURST = 30


def post(base, path, body, token=None):
    """POSTs JSON; returns (status, parsed answer)."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(base + path, json.dumps(body).encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def burst(calls):
    """Runs the calls at once, each on its own thread; returns their results in order."""
    results = [None] * len(calls)
    start = threading.Barrier(len(calls))

    def run(i):
        start.wait()
        results[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def codes_mailed_to(outbox, address):
    """The codes in the outbox's letters to `address`, in no particular order."""
    codes = []
    for name in os.listdir(outbox):
        if not name.endswith(".eml"):
            continue
        with open(os.path.join(outbox, name), "rb") as f:
            letter = email.message_from_binary_file(f, policy=email.policy.default)
        if letter["To"] == address:
            codes += re.findall(r"\b\d{6}\b", letter.get_body().get_content())[:1]
    return codes


def wait_for_codes(outbox, address, count):
    """The codes mailed to `address` once there are `count` (the sender may write a moment
    after the answer); fewer after half a minute."""
    deadline = time.monotonic() + 30
    while len(codes := codes_mailed_to(outbox, address)) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    return codes


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: limits_two_servers_test.py PATH/TO/nok")
    nok = sys.argv[1]
    server_url = postgres_url_or_skip("limits_two_servers")
    check = Checks("limits_two_servers")
    work = tempfile.mkdtemp()
    servers = []
    with throwaway_schema(server_url, "limits") as db:
        try:
            outbox = os.path.join(work, "outbox")
            os.mkdir(outbox)
            env = nok_env(nok, db, NOK_MAIL_OUTBOX=outbox)
            subprocess.run([nok, "demo", "--orgs", "3", "--responses", "0", "--published-authorities", "0"], env=env,
                           check=True, capture_output=True)
            org = psql(db, "SELECT code FROM organisations LIMIT 1")
            with open(os.path.join(work, "servers.log"), "w") as log:
                servers = [start_server(nok, env, log) for _ in range(2)]
            bases = [base for _, base in servers]

            # A citizen signs in through one process and the session works in the other.
            status, _ = post(bases[0], "/api/v1/auth/code", {"email": "citizen@example.ru"})
            check("a code for the citizen", status == 202, status)
            code = wait_for_codes(outbox, "citizen@example.ru", 1)
            status, answer = post(bases[1], "/api/v1/auth/session", {"email": "citizen@example.ru", "code": code[0]})
            check("the citizen signs in", status == 201, (status, answer))
            token = answer.get("token", "")

            # 30 reviews at once, half to each process: 5 a day.
            reviews = burst([lambda i=i: post(bases[i % 2], "/api/v1/organisations/%s/reviews" % org,
                                              {"idempotency_key": "r%d" % i, "text": "Отзыв %d" % i, "tone": "neutral"}, token)[0]
                             for i in range(BURST)])
            check("exactly 5 reviews accepted", reviews.count(201) == 5 and reviews.count(429) == BURST - 5,
                  sorted(reviews))

            # 30 code requests for one address at once: 3 codes per 15 minutes.
            requests = burst([lambda i=i: post(bases[i % 2], "/api/v1/auth/code", {"email": "victim@example.ru"})[0]
                              for i in range(BURST)])
            check("exactly 3 code requests accepted", requests.count(202) == 3 and requests.count(429) == BURST - 3,
                  sorted(requests))
            mailed = wait_for_codes(outbox, "victim@example.ru", 3)
            check("exactly 3 codes mailed", len(mailed) == 3, len(mailed))

            # 30 wrong guesses of the newest code at once: 5 are compared, then the code is void.
            wrong = "000000" if "000000" not in mailed else "000001"
            guesses = burst([lambda i=i: post(bases[i % 2], "/api/v1/auth/session",
                                              {"email": "victim@example.ru", "code": wrong})[1]
                             for i in range(BURST)])
            said = [g.get("error", {}).get("code") for g in guesses]
            check("exactly 5 guesses compared", said.count("code_wrong") == 5 and said.count("code_locked") == BURST - 5,
                  sorted(map(str, said)))
        finally:
            for process, _ in servers:
                stop(process)
            shutil.rmtree(work, ignore_errors=True)
    check.finish()


if __name__ == "__main__":
    main()
