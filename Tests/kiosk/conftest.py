"""Fixtures for the kiosk browser tests: a real `vaktbok serve --demo` and headless Chromium."""
import os
import pathlib
import subprocess
import tempfile

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = pathlib.Path(os.environ.get("VAKTBOK_BINARY", ROOT / ".build" / "debug" / "vaktbok"))
ARTIFACTS = ROOT / "test-artifacts" / "kiosk"


def pytest_configure(config):
    config.addinivalue_line("markers", "offline: the test stops the server mid-use, so refused API calls are expected")


class DemoServer:
    """The server on a temporary database, with the logins it printed."""

    def __init__(self, arguments=("--port", "0"), environment=None):
        self.folder = tempfile.TemporaryDirectory(prefix="vaktbok-kiosk-")
        self.database = database = pathlib.Path(self.folder.name) / "kiosk.sqlite"
        self.log = open(pathlib.Path(self.folder.name) / "server.log", "w+")
        self.passwords = {}
        self.environment = {**os.environ, **(environment or {})}
        self.start(["--demo", *arguments])

    def start(self, arguments):
        self.process = subprocess.Popen(
            [str(BINARY), "serve", *arguments, "--db", str(self.database), "--kiosk-dir", str(ROOT / "kiosk")],
            stdout=subprocess.PIPE, stderr=self.log, text=True, env=self.environment,
        )
        for line in self.process.stdout:
            if "login:" in line:
                username, password = line.split(":", 1)[1].split("/")
                self.passwords[username.strip()] = password.strip()
            if "invitation: type or scan" in line:
                self.invitation = line.split()[4]
            if "listening on" in line:
                self.url = line.split()[3]
                break
        else:
            raise RuntimeError("vaktbok serve exited before listening")

    def restart(self, *arguments):
        """Starts the stopped server again on the same port and database, with further `arguments`: sessions and data
        are as they were."""
        self.start(["--port", self.url.rsplit(":", 1)[1], *arguments])

    def stop(self):
        self.process.terminate()
        assert self.process.wait(timeout=30) == 0
        self.log.seek(0)
        return self.log.read()


@pytest.fixture
def server():
    running = DemoServer()
    yield running
    running.stop()
    running.folder.cleanup()


def deliberate(entry, offline):
    """Chromium logs every 4xx answer as a network error; the tests provoke API 4xx answers on purpose
    (a badge scanned twice, an invalid phone number, a wrong password), and tests marked `offline` stop the
    server or block the API in the browser, so that API calls, the connection probe's /healthz and the service worker's fetches are refused. Script errors, failed asset loads and 5xx answers still fail the test."""
    message = entry["message"]
    return entry["source"] == "network" and (
        ("/api/v1/" in message and any(f"status of {status} " in message for status in (400, 401, 404, 409, 422, 429)))
        or (offline and ("ERR_CONNECTION_REFUSED" in message or "ERR_BLOCKED_BY_CLIENT" in message))
    )


def chromium():
    """Headless Chromium at 1280×800 in Norwegian, logging the console."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800", "--lang=nb-NO"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(0)
    return driver


def closed_without_errors(driver, request):
    offline = request.node.get_closest_marker("offline") is not None
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE" and not deliberate(entry, offline)]
    driver.quit()
    assert errors == [], f"console errors in {request.node.name}: {errors}"


@pytest.fixture
def browser(request):
    driver = chromium()
    yield driver
    closed_without_errors(driver, request)


@pytest.fixture
def second_browser(request):
    """Another person's browser (a second fire warden's phone), a session of its own."""
    driver = chromium()
    yield driver
    closed_without_errors(driver, request)


@pytest.fixture
def screenshot(browser):
    """Saves the window as test-artifacts/kiosk/NAME.png for a reviewer."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def save(name):
        path = ARTIFACTS / f"{name}.png"
        browser.save_screenshot(str(path))
        return path

    return save
