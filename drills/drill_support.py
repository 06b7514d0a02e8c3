"""What the fault drills share: a real `vaktbok serve` on a chosen database, its admin login, and JSON calls."""
import http.server
import json
import os
import pathlib
import subprocess
import threading
import time
import urllib.error
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[1]
BINARY = pathlib.Path(os.environ.get("VAKTBOK_BINARY", ROOT / ".build" / "debug" / "vaktbok"))


class Server:
    """`vaktbok serve --demo` on `database`, with `environment` added, the kiosk files from `kiosk` (the
    repository's `kiosk/` unless told) and further `arguments`; `url` and `token` once it listens."""

    def __init__(self, database, environment=None, kiosk=None, arguments=()):
        self.process = subprocess.Popen(
            [str(BINARY), "serve", "--demo", "--port", "0", "--db", str(database), "--kiosk-dir", str(kiosk or ROOT / "kiosk"),
             *arguments],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env={**os.environ, **(environment or {})},
        )
        password = None
        for line in self.process.stdout:
            if "admin login:" in line:
                password = line.split("/")[-1].strip()
            if "listening on" in line:
                self.url = line.split()[3]
                break
        else:
            raise RuntimeError("vaktbok serve exited before listening")
        self.token = call(self.url, "POST", "/api/v1/session", {"username": "admin", "password": password})[1]["token"]

    def call(self, method, path, body=None):
        """(status, JSON body) of one call signed in as admin."""
        return call(self.url, method, path, body, self.token)

    def kill(self):
        self.process.kill()
        self.process.wait()

    def stop(self):
        self.process.terminate()
        return self.process.wait(timeout=30)


def call(url, method, path, body=None, token=None, timeout=10):
    """(status, JSON body) of `method path`; HTTP errors are answers too."""
    request = urllib.request.Request(url + path, method=method, data=json.dumps(body).encode() if body is not None else None)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def sqlite(database, query):
    """The sqlite3 shell's answer to `query`, trimmed."""
    return subprocess.run(["sqlite3", str(database), query], capture_output=True, text=True, check=True).stdout.strip()


def host_id(server):
    """The demo site's first host."""
    return server.call("GET", "/api/v1/hosts?site=OSL")[1][0]["id"]


def wait_until(condition, seconds, what):
    """Polls `condition` until it holds; fails the drill naming `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"drill failed: {what} within {seconds} s")
        time.sleep(0.2)


class Gateway:
    """A JSON SMS gateway stand-in on loopback: counts attempts, records every recipient and message it accepts,
    and answers `status` (201 unless told)."""

    def __init__(self):
        self.received, self.bodies, self.status, self.attempts = set(), [], 201, 0
        gateway = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                gateway.attempts += 1
                if gateway.status == 201:
                    gateway.received.add(body["to"])
                    gateway.bodies.append(body)
                self.send_response(gateway.status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.environment = {
            "VAKTBOK_SMS_PROVIDER": "json", "VAKTBOK_SMS_TOKEN": "drill",
            "VAKTBOK_SMS_URL": f"http://127.0.0.1:{self.server.server_port}/sms",
        }

    def shutdown(self):
        self.server.shutdown()
