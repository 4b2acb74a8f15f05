#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Asks a real, headless Thunderbird what it makes of Mail Setup Assistant's exports.

    tb_check.py accounts USER_JS           user.js in a fresh profile -> the account manager's view
    tb_check.py import-zip ZIP [--no-default-smtp]
                                           profile ZIP imported into a profile that already has an
                                           account, the way Import > "Import from another
                                           Thunderbird installation" does it, then a restart
    tb_check.py autoconfig XML EMAIL [XML EMAIL]...
                                           each file through Thunderbird's own autoconfig parser,
                                           placeholders filled in for the address after it

Prints one JSON object on stdout. Exit 0: Thunderbird ran (the caller judges the result);
2: harness error (message on stderr); 77: Thunderbird is not installed.

Python standard library only. Thunderbird is driven through Marionette (length-prefixed JSON
over TCP on 127.0.0.1). Nothing leaves the machine: the script moves itself into a new network
namespace with only a loopback interface when it can (root, or unprivileged user namespaces),
and Thunderbird always starts offline with dead loopback proxies and no update, telemetry or
account-lookup traffic (the prefs below). Every run uses its own temporary profile, and
Thunderbird's process group is killed by id when the run ends.
"""

import ctypes
import ctypes.util
import fcntl
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

TIME_LIMIT = 90  # seconds for the whole run
EXIT_NO_THUNDERBIRD = 77

# Thunderbird stays offline and quiet; a later user_pref() in user.js wins over the input's.
HARNESS_PREFS = {
    "marionette.port": 0,  # any free port, written to <profile>/MarionetteActivePort
    "remote.prefs.recommended": True,
    "offline.startup_state": 3,
    "network.proxy.type": 1,
    "network.proxy.http": "127.0.0.1", "network.proxy.http_port": 9,
    "network.proxy.ssl": "127.0.0.1", "network.proxy.ssl_port": 9,
    "network.proxy.socks": "127.0.0.1", "network.proxy.socks_port": 9,
    "network.proxy.socks_remote_dns": True,
    "network.trr.mode": 5,
    "network.dns.disablePrefetch": True,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "app.update.disabledForTesting": True,
    "extensions.update.enabled": False,
    "toolkit.telemetry.enabled": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "datareporting.healthreport.uploadEnabled": False,
    "services.settings.server": "http://127.0.0.1:9/",
    "mailnews.start_page.enabled": False,
    "mail.shell.checkDefaultClient": False,
    "mail.inappnotifications.enabled": False,
    "mail.rights.version": 1,
    "mailnews.auto_config_url": "http://127.0.0.1:9/",
    "mailnews.auto_config.fetchFromISP.enabled": False,
    "mailnews.auto_config.fetchFromExchange.enabled": False,
    "mailnews.auto_config.guess.enabled": False,
    "mail.server.default.login_at_startup": False,
    "mail.server.default.check_new_mail": False,
    "mail.server.default.autosync_offline_stores": False,
}

# The profile a ZIP is imported into: an account of its own with its own SMTP server, saved the
# way Thunderbird saves prefs.js. Keys account1/server1/id1/smtp1 clash on purpose with the keys
# of the export, so the importer must give ours new ones.
EXISTING_PROFILE = """\
user_pref("mail.accountmanager.accounts", "account1,account2");
user_pref("mail.accountmanager.defaultaccount", "account1");
user_pref("mail.accountmanager.localfoldersserver", "server2");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.account.lastKey", 2);
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.hostname", "imap.bestand.example");
user_pref("mail.server.server1.port", 143);
user_pref("mail.server.server1.socketType", 2);
user_pref("mail.server.server1.authMethod", 4);
user_pref("mail.server.server1.userName", "bestand");
user_pref("mail.server.server1.name", "bestand@bestand.example");
user_pref("mail.server.server2.type", "none");
user_pref("mail.server.server2.hostname", "Local Folders");
user_pref("mail.server.server2.userName", "nobody");
user_pref("mail.server.server2.name", "Local Folders");
user_pref("mail.identity.id1.useremail", "bestand@bestand.example");
user_pref("mail.identity.id1.fullName", "Bestand Kunde");
%(identity_smtp)s
user_pref("mail.smtpservers", "smtp1");
%(default_smtp)s
user_pref("mail.smtpserver.smtp1.type", "smtp");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.bestand.example");
user_pref("mail.smtpserver.smtp1.port", 587);
user_pref("mail.smtpserver.smtp1.try_ssl", 2);
user_pref("mail.smtpserver.smtp1.authMethod", 3);
user_pref("mail.smtpserver.smtp1.username", "bestand");
user_pref("mail.ui-rdf.version", 61);
"""

STATE_JS = r"""
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
function state() {
  const accounts = [];
  for (const account of MailServices.accounts.accounts) {
    const s = account.incomingServer;
    accounts.push({
      key: account.key,
      server: s ? { key: s.key, type: s.type, hostname: s.hostname, port: s.port,
                    socketType: s.socketType, authMethod: s.authMethod, username: s.username } : null,
      identities: [...account.identities].map(i => ({
        key: i.key, email: i.email, fullName: i.fullName, smtpServerKey: i.smtpServerKey || null })),
    });
  }
  const smtp = [];
  for (const server of MailServices.outgoingServer.servers) {
    const s = server.QueryInterface(Ci.nsISmtpServer);
    smtp.push({ key: s.key, hostname: s.hostname, port: s.port, socketType: s.socketType,
                authMethod: s.authMethod, username: s.username });
  }
  // Read the pref, not outgoingServer.defaultServer: that getter writes the pref when it is unset.
  const defaultSmtpPref = Services.prefs.getCharPref("mail.smtp.defaultserver", "");
  return { accounts, smtp, defaultSmtpPref, defaultSmtp: defaultSmtpPref || (smtp.length ? smtp[0].key : null),
           defaultAccount: Services.prefs.getCharPref("mail.accountmanager.defaultaccount", ""),
           version: Services.appinfo.version };
}
"""

IMPORT_JS = r"""
const [zipPath] = arguments;
const { ThunderbirdProfileImporter } =
  ChromeUtils.importESModule("resource:///modules/ThunderbirdProfileImporter.sys.mjs");
const result = { before: state() };
const zip = Cc["@mozilla.org/file/local;1"].createInstance(Ci.nsIFile);
zip.initWithPath(zipPath);
const importer = new ThunderbirdProfileImporter();
result.validated = importer.validateSource(zip);  // the wizard's "Nothing can be imported" check
if (result.validated) {
  const dir = await importer.extractZipFile(zip, () => {});
  try {
    await importer.startImport(dir, { accounts: true, addressBooks: true, calendars: true, mailMessages: true });
  } catch (e) {
    result.importError = String(e && e.message || e);
  }
  await IOUtils.remove(dir.path, { recursive: true });
}
return JSON.stringify(result);
"""

AUTOCONFIG_JS = r"""
const [documents] = arguments;
const load = url => ChromeUtils.importESModule(url);
const { readFromXML } = load("resource:///modules/accountcreation/readFromXML.sys.mjs");
const { AccountConfig } = load("resource:///modules/accountcreation/AccountConfig.sys.mjs");
const { JXON } = load("resource:///modules/JXON.sys.mjs");
const server = s => s && { type: s.type, hostname: s.hostname, port: s.port, socketType: s.socketType,
                           auth: s.auth, username: s.username };
const results = [];
for (const [text, email] of documents) {
  // What FetchConfig.fromDisk() does with <install dir>/isp/<domain>.xml, then the account hub's
  // placeholder substitution.
  try {
    const config = readFromXML(JXON.build(new DOMParser().parseFromString(text, "text/xml")), "disk");
    AccountConfig.replaceVariables(config, "Test User", email);
    results.push({ ok: true, id: config.id, displayName: config.displayName,
                   incoming: server(config.incoming), outgoing: server(config.outgoing),
                   incomingAlternatives: config.incomingAlternatives.map(server),
                   outgoingAlternatives: config.outgoingAlternatives.map(server) });
  } catch (e) {
    results.push({ ok: false, error: String(e && e.message || e) });
  }
}
return JSON.stringify({ results, version: Services.appinfo.version });
"""


class HarnessError(Exception):
    pass


def pref_line(name, value):
    text = ("true" if value else "false") if isinstance(value, bool) else (
        str(value) if isinstance(value, int) else json.dumps(value))
    return "user_pref(%s, %s);" % (json.dumps(name), text)


def isolate_network():
    """A new network namespace with only 'lo' (up), as root or through a user namespace."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    new_user, new_net = 0x10000000, 0x40000000
    uid, gid = os.geteuid(), os.getegid()
    if os.geteuid() == 0 and libc.unshare(new_net) == 0:
        label = "netns"
    elif libc.unshare(new_user | new_net) == 0:
        for path, text in (("/proc/self/setgroups", "deny"), ("/proc/self/uid_map", "%d %d 1" % (uid, uid)),
                           ("/proc/self/gid_map", "%d %d 1" % (gid, gid))):
            with open(path, "w") as f:
                f.write(text)
        label = "netns+userns"
    else:
        return "prefs-only"
    # SIOCGIFFLAGS / SIOCSIFFLAGS: bring the loopback interface up
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        request = struct.pack("16sh22x", b"lo", 0)
        flags = struct.unpack("16sh22x", fcntl.ioctl(s, 0x8913, request))[1]
        fcntl.ioctl(s, 0x8914, struct.pack("16sh22x", b"lo", flags | 1))
    return label


class Marionette:
    """The Marionette protocol, level 3: frames are b"<length>:<json>"."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=TIME_LIMIT)
        self.buffer = b""
        self.next_id = 0
        self._receive()  # the server's hello

    def _receive(self):
        while b":" not in self.buffer:
            self._read()
        length, self.buffer = self.buffer.split(b":", 1)
        while len(self.buffer) < int(length):
            self._read()
        frame, self.buffer = self.buffer[:int(length)], self.buffer[int(length):]
        return json.loads(frame)

    def _read(self):
        data = self.sock.recv(65536)
        if not data:
            raise HarnessError("Thunderbird closed the Marionette connection")
        self.buffer += data

    def command(self, name, params=None):
        self.next_id += 1
        data = json.dumps([0, self.next_id, name, params or {}]).encode()
        self.sock.sendall(b"%d:%s" % (len(data), data))
        while True:
            reply = self._receive()
            if isinstance(reply, list) and reply[:2] == [1, self.next_id]:
                if reply[2]:
                    raise HarnessError("%s: %s" % (name, reply[2].get("message")))
                return reply[3]

    def close(self):
        self.sock.close()


class Thunderbird:
    """A headless Thunderbird on a temporary profile, driven in chrome context."""

    def __init__(self, workdir, user_js, prefs_js=None):
        self.profile = os.path.join(workdir, "profile")
        self.home = os.path.join(workdir, "home")
        os.makedirs(self.profile)
        os.makedirs(os.path.join(self.home, "tmp"))
        if prefs_js is not None:
            with open(os.path.join(self.profile, "prefs.js"), "w", encoding="utf-8") as f:
                f.write(prefs_js)
        with open(os.path.join(self.profile, "user.js"), "w", encoding="utf-8") as f:
            f.write(user_js + "\n" + "\n".join(pref_line(k, v) for k, v in HARNESS_PREFS.items()) + "\n")
        self.process = None
        self.client = None

    def start(self):
        binary = os.environ.get("TB_BINARY") or "/usr/lib/thunderbird/thunderbird"
        environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        environment.update(HOME=self.home, TMPDIR=os.path.join(self.home, "tmp"), MOZ_HEADLESS="1",
                           MOZ_CRASHREPORTER_DISABLE="1", XDG_CONFIG_HOME=os.path.join(self.home, ".config"),
                           XDG_CACHE_HOME=os.path.join(self.home, ".cache"))
        self.process = subprocess.Popen(
            [binary, "--headless", "--marionette", "-remote-allow-system-access", "-no-remote",
             "-profile", self.profile],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=environment, start_new_session=True,
            preexec_fn=lambda: ctypes.CDLL(None).prctl(1, signal.SIGKILL))  # PR_SET_PDEATHSIG
        self._connect()

    def _connect(self):
        port_file = os.path.join(self.profile, "MarionetteActivePort")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with open(port_file) as f:
                    self.client = Marionette(int(f.read().strip()))
                break
            except (OSError, ValueError):
                time.sleep(0.05)
        else:
            raise HarnessError("Thunderbird did not open Marionette within 60 s")
        self.client.command("WebDriver:NewSession", {"capabilities": {}})
        self.client.command("Marionette:SetContext", {"value": "chrome"})
        self.client.command("WebDriver:SetTimeouts", {"script": 60000})

    def run(self, body, *args):
        script = "return (async function() {%s\n%s\n}).apply(this, arguments);" % (STATE_JS, body)
        reply = self.client.command("WebDriver:ExecuteScript", {"script": script, "args": list(args)})
        return json.loads(reply["value"])

    def restart(self):
        """As the import wizard's "Restart" button: quit with eRestart. The new process stays in
        our process group; prefs.js is saved while quitting."""
        self.client.command("Marionette:Quit", {"flags": ["eRestart"]})
        self.client.close()
        self.process.wait(timeout=30)
        try:  # Thunderbird normally removes it itself while quitting
            os.remove(os.path.join(self.profile, "MarionetteActivePort"))
        except FileNotFoundError:
            pass
        self._connect()

    def stop(self):
        if self.client:
            self.client.close()
        if self.process:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)  # Thunderbird's own group, by id
            except ProcessLookupError:
                pass
            self.process.wait()
            # A restarted Thunderbird is our grandchild, now a child of ours (subreaper): reap it.
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    if os.waitid(os.P_PGID, self.process.pid, os.WEXITED | os.WNOHANG) is None:
                        time.sleep(0.05)
                except ChildProcessError:
                    break


def read(path, mode="r"):
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
        return f.read()


def main(argv):
    if len(argv) < 3 or argv[1] not in ("accounts", "import-zip", "autoconfig") or (
            argv[1] == "autoconfig" and len(argv) % 2):
        raise HarnessError(__doc__)
    if not os.access(os.environ.get("TB_BINARY") or "/usr/lib/thunderbird/thunderbird", os.X_OK):
        sys.stderr.write("Thunderbird is not installed (Debian package thunderbird)\n")
        return EXIT_NO_THUNDERBIRD
    def stop(signum, _frame):
        raise HarnessError("time limit exceeded" if signum == signal.SIGALRM else "terminated by signal %d" % signum)
    for signum in (signal.SIGALRM, signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(signum, stop)  # so that the cleanup below always runs
    signal.alarm(TIME_LIMIT)
    ctypes.CDLL(None).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER: a restarted Thunderbird stays ours
    isolation = isolate_network()
    workdir = tempfile.mkdtemp(prefix="mailsetup-tb-")
    thunderbird = None
    try:
        command = argv[1]
        if command == "accounts":
            thunderbird = Thunderbird(workdir, read(argv[2]))
            thunderbird.start()
            result = thunderbird.run("return JSON.stringify(state());")
        elif command == "import-zip":
            without_default = "--no-default-smtp" in argv[3:]
            existing = EXISTING_PROFILE % {
                "identity_smtp": "" if without_default else 'user_pref("mail.identity.id1.smtpServer", "smtp1");',
                "default_smtp": "" if without_default else 'user_pref("mail.smtp.defaultserver", "smtp1");'}
            thunderbird = Thunderbird(workdir, "", existing)
            thunderbird.start()
            zip_copy = os.path.join(workdir, "import.zip")
            shutil.copyfile(argv[2], zip_copy)
            result = thunderbird.run(IMPORT_JS, zip_copy)
            thunderbird.restart()
            result["after"] = thunderbird.run("return JSON.stringify(state());")
        else:
            thunderbird = Thunderbird(workdir, "")
            thunderbird.start()
            pairs = [[read(argv[i]), argv[i + 1]] for i in range(2, len(argv), 2)]
            result = thunderbird.run(AUTOCONFIG_JS, pairs)
        result["isolation"] = isolation
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    finally:
        signal.alarm(0)
        if thunderbird:
            thunderbird.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except (HarnessError, OSError, subprocess.SubprocessError) as error:
        sys.stderr.write("tb_check: %s\n" % error)
        sys.exit(2)
