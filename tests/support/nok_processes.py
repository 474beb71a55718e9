"""Running real `nok` processes over a throwaway PostgreSQL schema, for the tests that need
more than one process (tests/cli/limits_two_servers_test.py, tests/cluster/cluster_test.py)."""
import contextlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import urllib.parse

SKIP = 77  # ctest reports a test that exits with it as skipped


def skip(test, reason):
    print("%s: skipped: %s" % (test, reason))
    sys.exit(SKIP)


def postgres_url_or_skip(test):
    """The server of NOK_TEST_POSTGRES_URL; skips the test without it or without psql."""
    url = os.environ.get("NOK_TEST_POSTGRES_URL", "")
    if not url:
        skip(test, "NOK_TEST_POSTGRES_URL is not set")
    if not shutil.which("psql"):
        skip(test, "psql is not installed")
    return url


def psql(db, command):
    """Runs one SQL command; returns its rows as text, one per line, fields by '|'."""
    return subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", command],
                          check=True, capture_output=True, text=True).stdout.strip()


@contextlib.contextmanager
def throwaway_schema(server_url, prefix):
    """A database URL whose tables live in a new schema, dropped afterwards."""
    schema = prefix + "_" + secrets.token_hex(6)
    psql(server_url, "CREATE SCHEMA " + schema)
    try:
        yield server_url + ("&" if "?" in server_url else "?") + "options=-csearch_path%3D" + schema
    finally:
        psql(server_url, "DROP SCHEMA " + schema + " CASCADE")


@contextlib.contextmanager
def throwaway_database(server_url, prefix):
    """The URL of a new database on the server of `server_url`, dropped afterwards (for a
    connection pooler, which cannot pass a schema in the connection's options)."""
    name = prefix + "_" + secrets.token_hex(6)
    psql(server_url, "CREATE DATABASE " + name)
    try:
        yield urllib.parse.urlunsplit(urllib.parse.urlsplit(server_url)._replace(path="/" + name))
    finally:
        psql(server_url, "DROP DATABASE " + name + " WITH (FORCE)")


def nok_env(nok, db, **settings):
    """The environment of a deployment: its database, a shared secret key, no real mail."""
    env = dict(os.environ, NOK_DB=db, NOK_PUBLIC_URL="http://127.0.0.1", **settings)
    env.pop("NOK_SMTP_URL", None)
    env["NOK_SECRET_KEY"] = subprocess.run([nok, "secret-key"], check=True, capture_output=True,
                                           text=True).stdout.strip()
    return env


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(nok, env, log, listen="127.0.0.1:0"):
    """Starts `nok serve`; returns the process and its base URL once it listens."""
    process = subprocess.Popen([nok, "serve", "--listen", listen], env=env, stdout=subprocess.PIPE, stderr=log,
                               text=True)
    line = process.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        process.kill()
        raise RuntimeError("nok serve did not start: " + line)
    return process, "http://127.0.0.1:" + match.group(1)


def stop(process, timeout=30):
    """SIGTERM, then SIGKILL if it is still running after `timeout` seconds."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Checks:
    """Named checks that count failures instead of stopping at the first."""

    def __init__(self, test):
        self.test = test
        self.failures = 0

    def __call__(self, name, ok, detail=""):
        if not ok:
            self.failures += 1
            print("FAIL:", name, detail)
        return ok

    def finish(self):
        print("%s: %s" % (self.test, "passed" if self.failures == 0 else "%d failed" % self.failures))
        sys.exit(1 if self.failures else 0)
