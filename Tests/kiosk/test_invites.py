"""Invitations end to end with the real binary: `vaktbok invite add` queues the invitation; the SMS reaches the
gateway stand-in with a link; the link's page on a phone shows a QR code that zbarimg decodes; the e-mail's calendar
file is read by the `icalendar` package; scanning the code at the kiosk checks the visitor in (the host is told) and,
later, out. A walk-in with an invited phone is offered the invitation; the expected list checks in with one tap and
survives a lost network; the invite form reports bad input in place."""
import email
import email.policy
import re
import socket
import subprocess
import sys
import tempfile
import zoneinfo
import datetime

import icalendar
import pytest
from aiosmtpd.controller import Controller
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as visible

from accessibility import axe_violations
from conftest import ARTIFACTS, BINARY, ROOT, DemoServer
from test_kiosk import choose_host, shown, sign_in, wait
from test_rollcall import phone

sys.path.insert(0, str(ROOT / "drills"))
from drill_support import Gateway, call, sqlite, wait_until  # noqa: E402

HOST, HOST_PHONE, HOST_EMAIL = "Kari Nordmann-Hølaas", "+4790011223", "kari.holaas@example.no"
VISITOR, VISITOR_PHONE, VISITOR_EMAIL = "Øydis Fjærli-Åsen", "+4741234567", "oydis@example.no"


class Mailbox:
    """An SMTP server on loopback (aiosmtpd) that keeps every message it is handed."""

    def __init__(self):
        self.messages = []
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        self.environment = {
            "VAKTBOK_SENDMAIL": f"/usr/bin/msmtp --host=127.0.0.1 --port={self.port} --auth=off --tls=off --read-envelope-from -t -i",
            "VAKTBOK_MAIL_FROM": "vaktbok@example.no",
        }

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 OK"


@pytest.fixture
def inviting():
    """A demo server whose links point at itself, the SMS gateway and SMTP stand-ins, and a host with phone and e-mail;
    yields (server, gateway, mailbox, host id)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    gateway, mailbox = Gateway(), Mailbox()
    server = DemoServer(["--port", str(port), "--public-url", f"http://127.0.0.1:{port}"], {**gateway.environment, **mailbox.environment})
    added = subprocess.run(
        [str(BINARY), "host", "add", "--db", str(server.database), "--site", "OSL", "--name", HOST, "--phone", HOST_PHONE, "--email", HOST_EMAIL],
        capture_output=True, text=True, check=True,
    )
    yield server, gateway, mailbox, int(added.stdout.split()[-1])
    server.stop()
    server.folder.cleanup()
    gateway.shutdown()
    mailbox.controller.stop()


def sms_to(gateway, number, containing=""):
    return [body["body"] for body in gateway.bodies if body["to"] == number and containing in body["body"]]


def today():
    return datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Oslo")).date()


def invite_by_cli(server, host, name=VISITOR, phone_number=VISITOR_PHONE, extra=(), date=None):
    added = subprocess.run(
        [str(BINARY), "invite", "add", "--db", str(server.database), "--site", "OSL", "--name", name, "--phone", phone_number,
         "--host", str(host), "--date", date or today().isoformat(), "--public-url", server.url, *extra],
        capture_output=True, text=True,
    )
    assert added.returncode == 0, added.stderr
    return int(added.stdout.split()[1])


def set_time(browser, field, value):
    """Fills a time field (its segments take typing differently per locale in headless Chromium)."""
    browser.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", browser.find_element(By.ID, field), value)


def scan(browser, code):
    field = wait(browser, shown("scan"))
    field.send_keys(code)
    field.send_keys(Keys.ENTER)


def test_invitation_to_one_scan_in_and_out(inviting, browser, second_browser, screenshot):
    server, gateway, mailbox, host = inviting
    invite_by_cli(server, host, extra=("--email", VISITOR_EMAIL, "--from", "08:00", "--until", "17:00"))
    wait_until(lambda: sms_to(gateway, VISITOR_PHONE), 20, "the invitation SMS")
    text = sms_to(gateway, VISITOR_PHONE)[0]
    link = re.search(r"http://\S+/invite\.html#code=([A-Za-z0-9_-]{22})", text)
    assert link and text.startswith(f"Du er ventet på Oslo HQ {today():%d.%m.%Y} kl. 08:00–17:00. {HOST} tar imot deg."), text
    code = link.group(1)

    wait_until(lambda: any(m["To"] == VISITOR_EMAIL for m in mailbox.messages), 20, "the invitation e-mail")
    mail = next(m for m in mailbox.messages if m["To"] == VISITOR_EMAIL)
    attachment = next(part for part in mail.iter_attachments() if part.get_content_type() == "text/calendar")
    assert attachment.get_filename() == "invitation.ics"
    calendar = icalendar.Calendar.from_ical(attachment.get_content())
    event = next(iter(calendar.walk("VEVENT")))
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    oslo = zoneinfo.ZoneInfo("Europe/Oslo")
    assert start.astimezone(oslo).strftime("%Y-%m-%d %H:%M") == f"{today()} 08:00" and end.astimezone(oslo).strftime("%H:%M") == "17:00"
    assert HOST in str(event["SUMMARY"]) and "Oslo HQ" in str(event["DESCRIPTION"]) and str(event["STATUS"]) == "CONFIRMED"
    assert VISITOR not in attachment.get_content() and code not in attachment.get_content(), \
        "the calendar file travels on to calendar servers: no visitor name, no check-in code"
    assert code in mail.get_body(preferencelist=("plain",)).get_content(), "the e-mail itself links the QR page"
    wait_until(lambda: any(m["To"] == HOST_EMAIL for m in mailbox.messages), 20, "the host's note")

    phone(second_browser)
    second_browser.get(link.group(0))
    image = wait(second_browser, shown("invitation-qr"))
    wait_until(lambda: second_browser.execute_script("return arguments[0].naturalWidth", image) > 0, 10, "the QR image")
    assert "Kari Nordmann-Hølaas tar imot deg" in second_browser.find_element(By.ID, "invitation-visit").text
    assert VISITOR not in second_browser.page_source
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "invitation-qr.png"
    image.screenshot(str(shot))
    assert subprocess.run(["zbarimg", "--quiet", "--raw", str(shot)], capture_output=True, text=True).stdout.strip() == code
    second_browser.save_screenshot(str(ARTIFACTS / "invitation-page.png"))
    assert axe_violations(second_browser) == []
    second_browser.execute_script("location.hash = '#code=ikke-en-kode'")
    wait(second_browser, visible.text_to_be_present_in_element((By.ID, "invitation-visit"), "Lenken er ikke gjenkjent"))
    assert not second_browser.find_element(By.ID, "invitation-code").is_displayed(), "another link in the same tab shows no old code"

    sign_in(browser, server)
    browser.find_element(By.CSS_SELECTOR, "[data-screen=checkout]").click()
    scan(browser, code)
    wait(browser, visible.text_to_be_present_in_element((By.ID, "scan-result"), f"Velkommen, {VISITOR}!"))
    assert browser.switch_to.active_element.get_attribute("id") == "scan", "the next in the queue can scan at once"
    wait(browser, shown("scan-badge")).click()
    wait_until(lambda: browser.execute_script("const f = document.getElementById('print-frame'); return Boolean(f && f.contentDocument && f.contentDocument.querySelector('svg'))"), 10, "the badge in the print frame")
    assert browser.switch_to.active_element.get_attribute("id") == "scan"
    wait_until(lambda: sms_to(gateway, HOST_PHONE, f"{VISITOR} har kommet"), 20, "the host's arrival SMS")
    scan(browser, code)
    wait(browser, visible.text_to_be_present_in_element((By.ID, "scan-result"), f"Allerede sjekket inn: {VISITOR}."))
    assert sqlite(server.database, "SELECT count(*) FROM visit WHERE checked_out_at IS NULL") == "1"

    # An hour passes: the arrival is aged in the file rather than waited for.
    sqlite(server.database, "UPDATE invite SET arrived_at = datetime(arrived_at, '-1 hour')")
    scan(browser, code)
    wait(browser, visible.text_to_be_present_in_element((By.ID, "scan-result"), f"Ha det, {VISITOR}!"))
    assert sqlite(server.database, "SELECT checkout_kind FROM visit") == "badge"
    tomorrow = (today() + datetime.timedelta(days=1)).isoformat()
    invite_by_cli(server, host, name="Åge Morgendag", phone_number="+4741234599", date=tomorrow)
    scan(browser, sqlite(server.database, "SELECT badge_code FROM invite WHERE visitor_phone = '+4741234599'"))
    wait(browser, visible.text_to_be_present_in_element((By.ID, "scan-result"), "Invitasjonen gjelder en annen dag."))
    screenshot("scan-checked-out")
    assert axe_violations(browser) == []


def test_walk_in_with_an_invited_phone_takes_the_invitation(inviting, browser):
    server, gateway, mailbox, host = inviting
    invite_by_cli(server, host)
    sign_in(browser, server)
    browser.find_element(By.ID, "visitor-name").send_keys("Øydis F. Åsen")
    browser.find_element(By.ID, "visitor-phone").send_keys("412 34 567")
    choose_host(browser, "Hølaas", HOST)
    browser.find_element(By.ID, "checkin-submit").click()
    arrive = wait(browser, shown("invited-arrive"))
    wait(browser, visible.text_to_be_present_in_element((By.ID, "invited-message"), f"{VISITOR}, til {HOST}"))
    assert axe_violations(browser) == []
    browser.execute_script("arguments[0].click(); arguments[0].click();", arrive)
    wait(browser, shown("badge-image"))
    assert VISITOR in browser.find_element(By.ID, "badge-image").get_attribute("alt"), "the invitation's own name is used"
    assert sqlite(server.database, "SELECT count(*) FROM visit") == "1"
    assert sqlite(server.database, "SELECT count(*) FROM invite WHERE visit_id IS NOT NULL") == "1"


@pytest.mark.offline
def test_expected_list_one_tap_and_a_lost_network(inviting, browser, screenshot):
    server, gateway, mailbox, host = inviting
    long_name = "Maximiliane Henriette Sophie von Løwenstein-Wertheim-Freudenberg-Ærøskøbing"
    invite_by_cli(server, host, name=long_name, phone_number="+4741234568")
    sign_in(browser, server)
    browser.find_element(By.CSS_SELECTOR, "[data-screen=expected]").click()
    button = wait(browser, visible.element_to_be_clickable((By.CSS_SELECTOR, "#expected-rows button[data-invite-id]")))
    assert long_name in browser.find_element(By.ID, "expected-rows").text
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    assert axe_violations(browser) == []
    screenshot("expected-today")

    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*/api/v1/*"]})
    button.click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "expected-result"), "Ingen forbindelse"))
    assert sqlite(server.database, "SELECT count(*) FROM visit") == "0"
    browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
    button = wait(browser, visible.element_to_be_clickable((By.CSS_SELECTOR, "#expected-rows button[data-invite-id]")))
    browser.execute_script("arguments[0].click(); arguments[0].click();", button)
    wait(browser, shown("badge-image"))
    assert sqlite(server.database, "SELECT count(*) FROM visit") == "1"
    browser.find_element(By.ID, "badge-next").click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "expected-rows"), "✓ kommet"))


def test_invite_form_sends_and_explains_bad_input(inviting, browser):
    server, gateway, mailbox, host = inviting
    sign_in(browser, server)
    browser.find_element(By.CSS_SELECTOR, "[data-screen=expected]").click()
    wait(browser, shown("invite-name")).send_keys("Åge Ødegård")
    browser.find_element(By.ID, "invite-phone").send_keys("12")
    browser.find_element(By.ID, "invite-host").send_keys("Hølaas")
    wait(browser, visible.element_to_be_clickable((By.XPATH, f"//ul[@id='invite-host-options']/li[.='{HOST}']"))).click()
    set_time(browser, "invite-from", "09:00")
    browser.find_element(By.ID, "invite-submit").click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "invite-phone-error"), "Ugyldig nummer"))
    assert browser.switch_to.active_element.get_attribute("id") == "invite-phone"
    browser.find_element(By.ID, "invite-phone").clear()
    browser.find_element(By.ID, "invite-phone").send_keys("41234569")
    browser.find_element(By.ID, "invite-submit").click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "invite-until-error"), "Til må være senere"))
    set_time(browser, "invite-until", "10:00")
    browser.find_element(By.ID, "invite-submit").click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "invite-result"), "Invitasjon sendt til Åge Ødegård"))
    wait(browser, visible.text_to_be_present_in_element((By.ID, "expected-rows"), "09:00–10:00"))
    assert axe_violations(browser) == []
    wait_until(lambda: sms_to(gateway, "+4741234569", "Du er ventet"), 20, "the invitation SMS")


def test_the_demo_invitation_checks_in_with_one_scan(server, browser):
    """What the README promises a newcomer: the code `serve --demo` prints, typed into the scan field, checks the
    invited demo visitor in."""
    sign_in(browser, server)
    browser.find_element(By.CSS_SELECTOR, "[data-screen=checkout]").click()
    scan(browser, server.invitation)
    wait(browser, visible.text_to_be_present_in_element((By.ID, "scan-result"), "Velkommen, Åsa Inviterte-Ødegård!"))
