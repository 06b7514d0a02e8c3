"""Webhook deliveries from the real `vaktbok serve`, checked by the `standardwebhooks` package (a receiver's library
no one here wrote): check-in, check-out, a secret rotation in which both secrets verify, and tampering refused."""
import base64
import http.server
import json
import os
import pathlib
import secrets
import subprocess
import sys
import threading

import pytest
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "drills"))
from drill_support import BINARY, Server, host_id, wait_until  # noqa: E402


class Receiver:
    """An HTTP endpoint on loopback that keeps every delivery's headers and raw body."""

    def __init__(self):
        self.deliveries = []
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                receiver.deliveries.append(({name.lower(): value for name, value in self.headers.items()}, body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/vaktbok"

    def of_type(self, event_type):
        return [(headers, body) for headers, body in self.deliveries if json.loads(body).get("type") == event_type]


def site_notify(database, *arguments, stdin=""):
    result = subprocess.run(
        [str(BINARY), "site", "notify", "--db", str(database), "--code", "OSL", *arguments],
        input=stdin, capture_output=True, text=True, env={**os.environ, "USER": "test"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def setup(tmp_path):
    receiver = Receiver()
    database = tmp_path / "webhooks.sqlite"
    server = Server(database)
    secret = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
    assert "webhook on (standard)" in site_notify(database, "--webhook-url", receiver.url, "--webhook-secret-stdin", stdin=secret + "\n")
    yield receiver, server, database, secret
    server.stop()
    receiver.server.shutdown()


def check_in(server, phone):
    status, visit = server.call("POST", "/api/v1/visits", {"name": "Åse Bø-Sæther", "phone": phone, "hostId": host_id(server), "site": "OSL"})
    assert status == 201, visit
    return visit


def test_check_in_and_out_verify_with_the_standard_library(setup):
    receiver, server, _, secret = setup
    visit = check_in(server, "+4790011001")
    wait_until(lambda: receiver.of_type("visit.checked_in"), 30, "the check-in event")
    headers, body = receiver.of_type("visit.checked_in")[0]
    payload = Webhook(secret).verify(body, headers)
    assert payload["visitId"] == visit["id"] and payload["site"] == "OSL" and "visitor" not in payload
    assert headers["x-vaktbok-signature"].startswith("t=" + headers["webhook-timestamp"] + ",v1=")

    assert server.call("POST", f"/api/v1/visits/{visit['id']}/checkout")[0] == 200
    wait_until(lambda: receiver.of_type("visit.checked_out"), 30, "the check-out event")
    headers, body = receiver.of_type("visit.checked_out")[0]
    assert Webhook(secret).verify(body, headers)["checkoutKind"] == "manual"
    ids = [headers["webhook-id"] for headers, _ in receiver.deliveries]
    assert len(ids) == len(set(ids)) == 2

    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(body.replace("manual", "badge"), headers)
    with pytest.raises(WebhookVerificationError):
        Webhook("whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()).verify(body, headers)


def test_during_a_rotation_old_and_new_secret_both_verify(setup):
    receiver, server, database, old = setup
    output = site_notify(database, "--rotate-webhook-secret")
    new = next(line.split(": ", 1)[1] for line in output.splitlines() if line.startswith("new webhook secret"))
    assert new.startswith("whsec_") and new != old
    check_in(server, "+4790011002")
    wait_until(lambda: receiver.of_type("visit.checked_in"), 30, "the event after the rotation")
    headers, body = receiver.of_type("visit.checked_in")[0]
    assert len(headers["webhook-signature"].split(" ")) == 2
    assert Webhook(new).verify(body, headers)["type"] == "visit.checked_in"
    assert Webhook(old).verify(body, headers)["type"] == "visit.checked_in"
    assert new not in subprocess.run(["sqlite3", str(database), "SELECT details FROM audit_log"], capture_output=True, text=True).stdout
