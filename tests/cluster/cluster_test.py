#!/usr/bin/env python3
"""Two `nok serve` processes over one PostgreSQL database behind HAProxy, configured by the
checked-in deploy/haproxy.cfg:
- an organisation added by `nok import-orgs` (a third process) is served by both within a
  second; a user disabled through one process cannot act through the other on the next
  request; a revoked API token is refused by both at once;
- under a steady load through HAProxy, every process is restarted in turn with SIGTERM and
  no client sees a failed request (the process fails its health check for
  NOK_DRAIN_SECONDS before it stops accepting).

With --pgbouncer, the processes reach PostgreSQL through Debian's PgBouncer in session mode
(the mode docs/operations.md prescribes for its version), in a database of their own.

Usage: cluster_test.py PATH/TO/nok PATH/TO/deploy/haproxy.cfg [--pgbouncer]. Needs
NOK_TEST_POSTGRES_URL, psql and haproxy (and pgbouncer); without them it exits 77 (skipped).
"""
import http.cookiejar
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from nok_processes import (Checks, free_port, installed, nok_env, postgres_url_or_skip, psql, skip,  # noqa: E402
                           start_haproxy, start_server, stop, throwaway_database, throwaway_schema, wait_until)

TEST = "cluster"
DRAIN_SECONDS = 3
PASSWORD = "длинный пароль 2026"
check = Checks(TEST)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


class Client:
    """A browser of one person: its own cookies, redirects not followed."""

    def __init__(self):
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
                                                  NoRedirect)

    def request(self, url, form=None, headers=None):
        """(status, body) of a GET, or of a POST of `form`; 599 when no answer came."""
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self.opener.open(urllib.request.Request(url, data, headers or {}), timeout=30) as answer:
                return answer.status, answer.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")
        except OSError as error:
            return 599, str(error)

    def sign_in(self, base, login):
        _, page = self.request(base + "/staff/login")
        csrf = re.search(r'name="csrf" value="([^"]*)"', page).group(1)
        status, _ = self.request(base + "/staff/login", {"csrf": csrf, "next": "", "login": login,
                                                         "password": PASSWORD, "code": ""})
        return status


def get(url, headers=None):
    return Client().request(url, headers=headers)[0]


def nok_run(nok, env, *args, stdin=None):
    return subprocess.run([nok, *args], env=env, input=stdin, check=True, capture_output=True, text=True).stdout


def seconds_until_served(bases, path, limit=5.0):
    """How long until every base answers `path` with 200, polling; `limit` when not by then."""
    start = time.monotonic()
    waiting = list(bases)
    while waiting and time.monotonic() - start < limit:
        waiting = [b for b in waiting if get(b + path) != 200]
        if waiting:
            time.sleep(0.02)
    return time.monotonic() - start if not waiting else limit


def changes_are_seen_by_every_process(nok, env, bases, work):
    code = "CLUSTER-1"
    check("a new organisation is unknown before the import", [get(b + "/o/" + code) for b in bases] == [404, 404])
    csv = os.path.join(work, "orgs.csv")
    with open(csv, "w") as f:
        f.write("code;inn;full_name;region;sphere\n%s;7707083893;Музей кластера;16;culture\n" % code)
    nok_run(nok, env, "import-orgs", csv)
    took = seconds_until_served(bases, "/o/" + code)
    check("both processes serve the imported organisation within a second", took < 1.0, "%.2f s" % took)

    # Both processes now keep the page (a visitor without a session); a rename through a
    # third process is shown by both at once, not when their kept pages would have lapsed.
    search = "/search?q=" + urllib.parse.quote("кластера")
    check("both keep the page and a search with the old name",
          all("Музей кластера" in Client().request(b + path)[1] for b in bases for path in ("/o/" + code, search)))
    with open(csv, "w") as f:
        f.write("code;inn;full_name;region;sphere\n%s;7707083893;Галерея кластера;16;culture\n" % code)
    nok_run(nok, env, "import-orgs", csv)
    start, waiting = time.monotonic(), list(bases)
    while waiting and time.monotonic() - start < 5.0:
        waiting = [b for b in waiting
                   if any("Галерея кластера" not in Client().request(b + path)[1] for path in ("/o/" + code, search))]
        if waiting:
            time.sleep(0.02)
    took = time.monotonic() - start
    check("both processes show the renamed organisation, on its page and in a search, within a second", not waiting and took < 1.0, "%.2f s" % took)

    issued = nok_run(nok, env, "api-token", "add", "--name", "BI региона")
    token = re.search(r"[A-Za-z0-9_-]{32,}", issued).group(0)
    token_id = psql(env["NOK_DB"], "SELECT MAX(id) FROM api_tokens")
    bearer = {"Authorization": "Bearer " + token}
    check("the token reads the monitoring API through both",
          [get(b + "/api/v1/monitoring", bearer) for b in bases] == [200, 200])
    nok_run(nok, env, "api-token", "revoke", token_id)
    check("a revoked token is refused by both at once",
          [get(b + "/api/v1/monitoring", bearer) for b in bases] == [401, 401])

    nok_run(nok, env, "user", "add", "--login", "root", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
    nok_run(nok, env, "user", "add", "--login", "monitor1", "--role", "monitor", "--password-stdin",
            stdin=PASSWORD + "\n")
    monitor, admin = Client(), Client()
    check("the monitor signs in through the first process", monitor.sign_in(bases[0], "monitor1") == 303)
    check("and works there", monitor.request(bases[0] + "/monitoring")[0] == 200)
    check("the administrator signs in through the second", admin.sign_in(bases[1], "root") == 303)
    _, users = admin.request(bases[1] + "/admin/users")
    found = re.search(r'action="/admin/users/(\d+)/disable"><input type="hidden" name="csrf" value="([^"]*)"'
                      r'><button[^>]*aria-label="Отключить monitor1"', users)
    if check("the administrator sees the monitor's account", found is not None):
        status, _ = admin.request(bases[1] + "/admin/users/%s/disable" % found.group(1), {"csrf": found.group(2)})
        check("and disables it", status == 303, status)
        check("the disabled monitor cannot act through the first process on the next request",
              monitor.request(bases[0] + "/monitoring")[0] != 200)


class Load:
    """Clients reading through HAProxy until stopped, counting answers that are not 200."""

    def __init__(self, front, paths, clients=4):
        self.front, self.paths, self.stopped = front, paths, threading.Event()
        self.done, self.failed, self.lock = 0, [], threading.Lock()
        self.threads = [threading.Thread(target=self.run, args=(i,)) for i in range(clients)]
        for t in self.threads:
            t.start()

    def run(self, i):
        client = Client()
        n = i
        while not self.stopped.is_set():
            path = self.paths[n % len(self.paths)]
            status, body = client.request(self.front + path)
            with self.lock:
                self.done += 1
                if status != 200:
                    self.failed.append((path, status, body[:120]))
            n += 1

    def stop(self):
        self.stopped.set()
        for t in self.threads:
            t.join()


def rolling_restart_loses_nothing(nok, env, servers, ports, front, log):
    orgs = psql(env["NOK_DB"], "SELECT code FROM organisations ORDER BY code LIMIT 5").split("\n")
    load = Load(front, ["/o/" + code for code in orgs] + ["/search?q=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0", "/"])
    try:
        time.sleep(1)
        for i, port in enumerate(ports):
            stop(servers[i][0])
            servers[i] = start_server(nok, env, log, "127.0.0.1:%d" % port)
            # Back in rotation after two passed health checks, 1 s apart.
            wait_until(lambda: get(servers[i][1] + "/healthz") == 200)
            time.sleep(2.5)
        time.sleep(1)
    finally:
        load.stop()
    check("the load ran", load.done > 100, load.done)
    check("no client saw a failed request while every process restarted", not load.failed,
          "%d of %d: %s" % (len(load.failed), load.done, load.failed[:5]))
    print("rolling restart: %d requests, %d failed" % (load.done, len(load.failed)))


def start_pgbouncer(pgbouncer, work, db):
    """PgBouncer in session mode in front of the server of `db`; returns it and the URL of
    `db` through it. It refuses to run as root, so under root it runs as `postgres`."""
    server = urllib.parse.urlsplit(db)
    port = free_port()
    files = {name: os.path.join(work, name) for name in ("pgbouncer.ini", "users.txt", "pgbouncer.log")}
    with open(files["users.txt"], "w") as f:
        f.write('"%s" ""\n' % server.username)
    with open(files["pgbouncer.ini"], "w") as f:
        f.write("[databases]\n* = host=%s port=%d\n[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = %d\n"
                "unix_socket_dir =\nauth_type = trust\nauth_file = %s\npool_mode = session\n"
                "max_client_conn = 500\ndefault_pool_size = 100\nlogfile = %s\n"
                % (server.hostname, server.port, port, files["users.txt"], files["pgbouncer.log"]))
    command = [pgbouncer, files["pgbouncer.ini"]]
    if os.geteuid() == 0:
        os.chmod(work, 0o777)
        command = ["runuser", "-u", "postgres", "--"] + command
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    through = urllib.parse.urlunsplit(server._replace(netloc="%s@127.0.0.1:%d" % (server.username, port)))
    if not wait_until(lambda: subprocess.run(["psql", "-X", "-At", "-d", through, "-c", "SELECT 1"],
                                             capture_output=True).returncode == 0, 10):
        raise RuntimeError("pgbouncer did not start")
    return process, through


def main():
    if len(sys.argv) not in (3, 4) or sys.argv[3:] not in ([], ["--pgbouncer"]):
        sys.exit("usage: cluster_test.py PATH/TO/nok PATH/TO/haproxy.cfg [--pgbouncer]")
    nok, config, bounced = sys.argv[1], sys.argv[2], sys.argv[3:] == ["--pgbouncer"]
    server_url = postgres_url_or_skip(TEST)
    haproxy, pgbouncer = installed("haproxy"), installed("pgbouncer")
    if not haproxy or (bounced and not pgbouncer):
        skip(TEST, "haproxy or pgbouncer is not installed")
    work = tempfile.mkdtemp()
    servers, balancer, bouncer = [], None, None
    database = throwaway_database(server_url, "cluster") if bounced else throwaway_schema(server_url, "cluster")
    with database as db, open(os.path.join(work, "servers.log"), "w") as log:
        try:
            if bounced:
                bouncer, db = start_pgbouncer(pgbouncer, work, db)
            env = nok_env(nok, db, NOK_DRAIN_SECONDS=str(DRAIN_SECONDS), NOK_TRUST_FORWARDED_FOR="1",
                          NOK_MAIL_OUTBOX=os.path.join(work, "outbox"))
            nok_run(nok, env, "demo", "--orgs", "20", "--responses", "0")
            ports = [free_port(), free_port()]
            servers = [start_server(nok, env, log, "127.0.0.1:%d" % p) for p in ports]
            balancer, front = start_haproxy(haproxy, config, ["127.0.0.1:%d" % p for p in ports], log)
            time.sleep(2.5)  # both servers pass two health checks
            changes_are_seen_by_every_process(nok, env, [base for _, base in servers], work)
            rolling_restart_loses_nothing(nok, env, servers, ports, front, log)
        finally:
            if balancer:
                stop(balancer)
            for process, _ in servers:
                stop(process)
            if bouncer:
                stop(bouncer)
            if check.failures:
                with open(os.path.join(work, "servers.log")) as f:
                    print(f.read()[-4000:])
            shutil.rmtree(work, ignore_errors=True)
    check.finish()


if __name__ == "__main__":
    main()
