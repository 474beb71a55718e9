#!/usr/bin/env python3
"""The Debian package of cmake/Packaging.cmake, built from the current build folder:
- `cpack -G DEB` makes nok_VERSION_ARCH.deb, VERSION being what `nok version` prints;
- it holds the binary, the units, their shared drop-in and the settings; the settings are a
  conffile and carry no secret; Depends lists the libraries and the fonts;
- `systemd-analyze verify` accepts the units with their drop-in; each unit's command is a
  verb the binary knows; the server's stop timeout outlasts the drain deploy/haproxy.cfg
  asks for and the 20 s in which requests in flight finish;
- installed with dpkg into a throwaway copy of this machine (an overlay of / in a mount
  namespace of its own, as root), the maintainer scripts create the user nok, its folder,
  a server key readable by nok alone, enable the server without starting it and say that
  NOK_DB is missing; an upgrade keeps the key; removal keeps settings and data; purge
  deletes the settings and keeps the data unless NOK_PURGE_DATA=yes.
Steps that cannot run here (no systemd-analyze, not root, no overlay) are skipped with a
message; the rest still runs.

Usage: package_test.py PATH/TO/BUILD PATH/TO/nok PATH/TO/SOURCE
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from nok_processes import Checks  # noqa: E402

TEST = "package.deb"
GRACE_SECONDS = 20  # requests in flight finish within it after the drain (src/http/server.h)
UNITS = ["nok.service", "nok@.service", "nok-reminders.service", "nok-reminders.timer",
         "nok-outbox.service", "nok-outbox.timer"]
DROP_INS = ["nok.service.d/nok.conf", "nok@.service.d/nok.conf", "nok-.service.d/nok.conf"]
SECRET_NAMES = r"NOK_(SECRET_KEY|SMTP_PASSWORD|SMS_TOKEN|METRICS_TOKEN|OIDC_CLIENT_SECRET)"
check = Checks(TEST)


def run(*command, **options):
    return subprocess.run(command, capture_output=True, text=True, **options)


def secrets_in(settings):
    """The lines of a settings file that give a secret a value, or look like a key."""
    return [line for line in settings.splitlines()
            if re.match(r"\s*" + SECRET_NAMES + r"\s*=\s*\S", line) or re.search(r"[A-Za-z0-9+/]{43}=", line)]


def build_package(build, nok, out):
    version = run(nok, "version").stdout.split()[-1]
    arch = run("dpkg", "--print-architecture").stdout.strip()
    made = run("cpack", "-G", "DEB", "-B", out, "--config", os.path.join(build, "CPackConfig.cmake"))
    deb = os.path.join(out, "nok_%s_%s.deb" % (version, arch))
    if not check("cpack makes nok_%s_%s.deb" % (version, arch), made.returncode == 0 and os.path.exists(deb),
                 made.stdout + made.stderr):
        check.finish()
    return deb


def check_contents(deb):
    listing = run("dpkg-deb", "-c", deb).stdout
    modes = {line.split()[-1].lstrip("."): line.split()[0] for line in listing.splitlines()}
    check("the binary is in /usr/bin", modes.get("/usr/bin/nok", "").startswith("-rwxr-xr-x"), listing)
    for unit in UNITS + DROP_INS:
        check("the package holds " + unit, "/lib/systemd/system/" + unit in modes, listing)
    check("the settings are readable by owner and group only", modes.get("/etc/nok/nok.env") == "-rw-r-----",
          listing)
    check("the settings are a conffile", run("dpkg-deb", "-I", deb, "conffiles").stdout.split() == ["/etc/nok/nok.env"])
    depends = run("dpkg-deb", "-f", deb, "Depends").stdout
    for package in ["libc6", "libstdc++6", "libpq5", "libsqlite3-0", "libsodium23", "libcairo2", "fonts-paratype",
                    "adduser"]:
        check("Depends names " + package, re.search(r"(^|, )" + re.escape(package) + r"( |,|$)", depends), depends)


def check_settings(root, source):
    with open(os.path.join(root, "etc/nok/nok.env")) as f:
        settings = f.read()
    check("the settings carry no secret", secrets_in(settings) == [], secrets_in(settings))
    check("a key in the settings would be found",
          secrets_in("#NOK_DB=x\nNOK_SECRET_KEY=" + "A" * 43 + "=\n") != [])
    check("the settings give NOK_DB no value", not re.search(r"^\s*NOK_DB\s*=", settings, re.M))
    with open(os.path.join(source, "docs/configuration.md")) as f:
        documented = set(re.findall(r"`(NOK_[A-Z_]+)", f.read()))
    missing = sorted(name for name in documented if not re.search(r"^#" + name + "=", settings, re.M))
    check("the settings show every variable of docs/configuration.md", missing == [], missing)


def unit_setting(path, key):
    with open(path) as f:
        return re.findall(r"^" + key + r"=(.*)$", f.read(), re.M)


def check_units(root, source, nok, tmp):
    system = os.path.join(root, "lib/systemd/system")
    for unit in UNITS:
        for command in unit_setting(os.path.join(system, unit), "ExecStart"):
            words = command.replace("%i", "8081").split()
            check(unit + " runs /usr/bin/nok", words[0] == "/usr/bin/nok", command)
            helped = run(nok, *words[1:], "--help")
            check(unit + " runs a verb and flags nok knows: " + command, helped.returncode == 0, helped.stderr)
    with open(os.path.join(source, "deploy/haproxy.cfg")) as f:
        drain = int(re.search(r"NOK_DRAIN_SECONDS=(\d+)", f.read()).group(1))
    for unit in ["nok.service", "nok@.service"]:
        timeout = unit_setting(os.path.join(system, unit), "TimeoutStopSec")
        check(unit + " waits longer than the drain and the grace",
              len(timeout) == 1 and int(timeout[0]) > drain + GRACE_SECONDS, timeout)

    if not shutil.which("systemd-analyze"):
        print("%s: skipped systemd-analyze verify: systemd-analyze is not installed" % TEST)
        return
    # The units as installed, but with the binary where it lies in the extracted package:
    # verify checks that each command is an executable file.
    units = os.path.join(tmp, "units")
    shutil.copytree(system, units)
    for unit in UNITS:
        path = os.path.join(units, unit)
        with open(path) as f:
            text = f.read().replace("/usr/bin/nok", os.path.join(root, "usr/bin/nok"))
        with open(path, "w") as f:
            f.write(text)
    names = [os.path.join(units, unit) for unit in UNITS if "@" not in unit] + ["nok@8081.service"]
    verified = run("systemd-analyze", "verify", *names, env=dict(os.environ, SYSTEMD_UNIT_PATH=units + ":"))
    if "Failed to initialize" in verified.stderr or "Permission denied" in verified.stderr:
        print("%s: skipped systemd-analyze verify: it cannot run here: %s" % (TEST, verified.stderr.strip()))
        return
    check("systemd-analyze verify accepts the units and the drop-in",
          verified.returncode == 0 and verified.stdout + verified.stderr == "", verified.stdout + verified.stderr)


# Runs in the throwaway copy of this machine; prints `name=value` facts for the checks.
INSTALL_SCRIPT = r"""
set -u
fact() { echo "$1=$2"; }
state() { stat -c '%U:%G %a' "$1" 2>/dev/null || echo missing; }
wanted() { [ -L "/etc/systemd/system/$1" ] && echo yes || echo no; }
kept() { [ -e "$1" ] && echo kept || echo gone; }
key() { grep -c '^NOK_SECRET_KEY=[A-Za-z0-9+/]\{43\}=$' /etc/nok/nok.env; }

dpkg -i /tmp/nok.deb >/tmp/install.log 2>&1; fact install $?
fact says_nok_db "$(grep -c NOK_DB /tmp/install.log)"
fact user "$(getent passwd nok | cut -d: -f6,7)"
fact data "$(state /var/lib/nok)"
fact settings "$(state /etc/nok/nok.env)"
fact keys "$(key)"
first_key=$(grep '^NOK_SECRET_KEY=' /etc/nok/nok.env)
fact server_enabled "$(wanted multi-user.target.wants/nok.service)"
fact reminders_enabled "$(wanted timers.target.wants/nok-reminders.timer)"
fact outbox_enabled "$(wanted timers.target.wants/nok-outbox.timer)"

echo 'NOK_DB=sqlite:/var/lib/nok/nok.db' >>/etc/nok/nok.env
cd /var/lib/nok
setpriv --reuid nok --regid nok --init-groups sh -c 'set -a; . /etc/nok/nok.env; nok migrate' >/dev/null 2>&1
fact nok_migrates_as_nok $?

dpkg -i /tmp/nok.deb >/dev/null 2>&1; fact upgrade $?
[ "$(grep '^NOK_SECRET_KEY=' /etc/nok/nok.env)" = "$first_key" ]; fact upgrade_keeps_key $?

mkdir -p /etc/systemd/system/multi-user.target.wants
ln -s /lib/systemd/system/nok@.service /etc/systemd/system/multi-user.target.wants/nok@8081.service
dpkg -r nok >/dev/null 2>&1; fact remove $?
fact removed_settings "$(kept /etc/nok/nok.env)"
fact removed_database "$(kept /var/lib/nok/nok.db)"
dpkg -P nok >/tmp/purge.log 2>&1; fact purge $?
fact purged_settings "$(kept /etc/nok)"
fact says_data_kept "$(grep -c NOK_PURGE_DATA /tmp/purge.log)"
fact purged_database "$(kept /var/lib/nok/nok.db)"
fact purged_server_enabled "$(wanted multi-user.target.wants/nok.service)"
fact purged_instance_enabled "$(wanted multi-user.target.wants/nok@8081.service)"

dpkg -i /tmp/nok.deb >/dev/null 2>&1
NOK_PURGE_DATA=yes dpkg -P nok >/dev/null 2>&1; fact purge_data $?
fact purged_data "$(kept /var/lib/nok)"
"""


def check_install(deb, tmp):
    if os.geteuid() != 0 or not shutil.which("unshare"):
        print("%s: skipped installing the package: needs root and unshare" % TEST)
        return
    for folder in ["upper", "work", "root"]:
        os.mkdir(os.path.join(tmp, folder))
    with open(os.path.join(tmp, "install.sh"), "w") as f:
        f.write(INSTALL_SCRIPT)
    root = os.path.join(tmp, "root")
    # The overlay's writes land in tmp/upper: dpkg changes this copy of / and nothing else.
    namespace = ("mount -t overlay overlay -o lowerdir=/,upperdir={t}/upper,workdir={t}/work {r} || exit 77; "
                 "cp {deb} {r}/tmp/nok.deb && cp {t}/install.sh {r}/tmp/install.sh && "
                 "chroot {r} sh /tmp/install.sh").format(t=tmp, r=root, deb=deb)
    done = run("unshare", "--mount", "sh", "-c", namespace)
    if done.returncode == 77 or "unshare failed" in done.stderr:
        print("%s: skipped installing the package: no overlay of / here: %s" % (TEST, done.stderr.strip()))
        return
    facts = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    expected = {
        "install": "0", "says_nok_db": "1", "user": "/var/lib/nok:/usr/sbin/nologin", "data": "nok:nok 750",
        "settings": "root:nok 640", "keys": "1", "server_enabled": "yes", "reminders_enabled": "yes",
        "outbox_enabled": "no", "nok_migrates_as_nok": "0", "upgrade": "0", "upgrade_keeps_key": "0",
        "remove": "0", "removed_settings": "kept", "removed_database": "kept", "purge": "0",
        "purged_settings": "gone", "says_data_kept": "1", "purged_database": "kept", "purged_server_enabled": "no",
        "purged_instance_enabled": "no",
        "purge_data": "0", "purged_data": "gone",
    }
    for name, value in expected.items():
        check("installed: %s is %s" % (name, value), facts.get(name) == value,
              "got %r\n%s" % (facts.get(name), done.stdout + done.stderr))


def main():
    build, nok, source = sys.argv[1:4]
    tmp = tempfile.mkdtemp(prefix="nok-package-")
    try:
        deb = build_package(build, nok, os.path.join(tmp, "out"))
        check_contents(deb)
        root = os.path.join(tmp, "extracted")
        subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
        check_settings(root, source)
        check_units(root, source, nok, tmp)
        for script in ["postinst", "prerm", "postrm"]:
            parsed = run("sh", "-n", os.path.join(source, "deploy/debian", script))
            check(script + " is a valid shell script", parsed.returncode == 0, parsed.stderr)
        check_install(deb, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    check.finish()


main()
