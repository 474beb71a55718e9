#!/usr/bin/env python3
"""Faults under load in a cluster: two `nok serve` processes over a PostgreSQL server of the
test's own, behind HAProxy configured by the checked-in deploy/haproxy.cfg. Signed-in citizens
post surveys through HAProxy, each with its own idempotency key, and send a submission again
with the same key whenever no answer came (a broken connection, or HAProxy's 502/503/504).

- One process or the other is killed with SIGKILL ten times and started again.
- Then PostgreSQL itself is restarted: the processes answer 503 at once instead of hanging,
  and serve again by themselves, without a restart.

Afterwards every acknowledged key is stored exactly once, as the response it was acknowledged
with, nothing else is stored, and the live tallies equal a recount (tests/crash/check_acknowledged.sh).

Usage: faults_test.py PATH/TO/nok PATH/TO/nok_submit_fixture PATH/TO/deploy/haproxy.cfg.
Needs the PostgreSQL server binaries and haproxy; without them it exits 77 (skipped).
"""
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "support"))
sys.path.insert(0, os.path.join(here, "..", "crash"))
from crash_client import Clients  # noqa: E402
from nok_processes import (Checks, free_port, http_status, installed, nok_env, own_postgres, skip,  # noqa: E402
                           start_haproxy, start_server, stop, wait_until)

TEST = "cluster.faults"
KILLS = 10
CLIENTS = 8
# A request that waits longer than this for its answer is hanging, not failing fast: far
# above any answer of a loaded test machine, far below "for ever".
HANGING_SECONDS = 10
check = Checks(TEST)


class Cluster:
    """The two processes on fixed ports, so that HAProxy finds a restarted one again."""

    def __init__(self, nok, env, log):
        self.nok, self.env, self.log = nok, env, log
        self.ports = [free_port(), free_port()]
        self.processes = [start_server(nok, env, log, self.listen(i))[0] for i in range(2)]

    def listen(self, i):
        return "127.0.0.1:%d" % self.ports[i]

    def healthy(self, i):
        return http_status("http://%s/healthz" % self.listen(i)) == 200

    def kill_and_start(self, i):
        self.processes[i].send_signal(signal.SIGKILL)
        self.processes[i].wait()
        self.processes[i] = start_server(self.nok, self.env, self.log, self.listen(i))[0]

    def stop(self):
        for process in self.processes:
            stop(process)


class Load:
    """The clients posting through HAProxy until stopped."""

    def __init__(self, clients, front, new_ones=True):
        self.stopped = threading.Event()
        address = front.removeprefix("http://").split(":")
        self.threads = [threading.Thread(target=clients.run,
                                         args=((address[0], int(address[1])), self.stopped, new_ones, True))
                        for _ in range(CLIENTS)]
        for t in self.threads:
            t.start()

    def stop(self):
        self.stopped.set()
        for t in self.threads:
            t.join()

    def wait(self, limit):
        """Waits until the clients finish by themselves (no retry left), at most `limit` s."""
        deadline = time.monotonic() + limit
        for t in self.threads:
            t.join(max(0.0, deadline - time.monotonic()))
        self.stop()


def killed_processes_lose_nothing(cluster, clients, front, rng):
    load = Load(clients, front)
    try:
        for n in range(KILLS):
            time.sleep(rng.uniform(0.3, 1.5))
            victim = rng.randrange(2)
            cluster.kill_and_start(victim)
            # Back in rotation after two passed health checks, 1 s apart.
            wait_until(lambda: cluster.healthy(victim))
            time.sleep(2.2)
            print("kill %d: process %d; acknowledged so far %d, sent again after %s" %
                  (n + 1, victim + 1, len(clients.acked), clients.refused), flush=True)
    finally:
        load.stop()
    check("the processes answered between the kills", len(clients.acked) > 100, len(clients.acked))


def restarted_database_fails_fast_and_recovers(cluster, clients, front, restart_postgres, code):
    clients.longest, clients.refused = 0.0, {}
    load = Load(clients, front)
    try:
        time.sleep(1)
        before = len(clients.acked)
        restart_postgres()
        time.sleep(3)
    finally:
        load.stop()
    print("database restarted: acknowledged %d meanwhile, refused %s, the longest wait %.2f s" %
          (len(clients.acked) - before, clients.refused, clients.longest), flush=True)
    check("no request hung while the database restarted", clients.longest < HANGING_SECONDS,
          "%.1f s" % clients.longest)
    for i in range(2):
        check("process %d serves again by itself" % (i + 1),
              wait_until(lambda: http_status("http://%s/o/%s" % (cluster.listen(i), code)) == 200))


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: faults_test.py PATH/TO/nok PATH/TO/nok_submit_fixture PATH/TO/haproxy.cfg")
    nok, fixture, config = sys.argv[1:]
    haproxy = installed("haproxy")
    if not haproxy:
        skip(TEST, "haproxy is not installed")
    seed = int(os.environ.get("NOK_FAULTS_SEED", time.time()))
    print("seed %d (NOK_FAULTS_SEED repeats the kill moments and the random choices)" % seed, flush=True)
    rng = random.Random(seed)
    work = tempfile.mkdtemp()
    cluster, balancer = None, None
    with own_postgres(TEST) as (db, restart_postgres), open(os.path.join(work, "servers.log"), "w") as log:
        try:
            # A dozen organisations and 200 signed-in citizens: citizens answer the same
            # organisation again (the earlier response is replaced) and some answers are held.
            subprocess.run([fixture, "--db", db, "--dir", work, "--orgs", "12", "--citizens", "200", "--rows", "0"],
                           check=True, stdout=subprocess.DEVNULL)
            with open(os.path.join(work, "key")) as f:
                key = f.read().strip()
            # The clients send X-Forwarded-For as proxies of many networks would, and HAProxy
            # adds its own entry: the processes trust both.
            env = dict(nok_env(nok, db, NOK_TRUST_FORWARDED_FOR="2"), NOK_SECRET_KEY=key)
            cluster = Cluster(nok, env, log)
            balancer, front = start_haproxy(haproxy, config, [cluster.listen(i) for i in range(2)], log)
            time.sleep(2.5)  # both processes pass two health checks
            clients = Clients(work, CLIENTS, seed, rng)
            with open(os.path.join(work, "codes.txt")) as f:
                code = f.read().split()[0]

            killed_processes_lose_nothing(cluster, clients, front, rng)
            restarted_database_fails_fast_and_recovers(cluster, clients, front, restart_postgres, code)
            Load(clients, front, new_ones=False).wait(60)  # every key not yet acknowledged, again
            address = front.removeprefix("http://").split(":")
            clients.send_again((address[0], int(address[1])))
            check("every submission acknowledged in the end, each once", clients.report(work) == 0)
            stored = subprocess.run([os.path.join(here, "..", "crash", "check_acknowledged.sh"),
                                     TEST + " (the stored responses)", db, work])
            check("the stored responses agree with the acknowledgements", stored.returncode == 0)
        finally:
            if balancer:
                stop(balancer)
            if cluster:
                cluster.stop()
            if check.failures:
                with open(os.path.join(work, "servers.log")) as f:
                    print(f.read()[-4000:])
            shutil.rmtree(work, ignore_errors=True)
    check.finish()


if __name__ == "__main__":
    main()
