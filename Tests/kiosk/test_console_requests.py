"""The privacy officer's request register, used as an officer would: a request registered from the console, the
identity verified with the code the SMS gateway stand-in received, the records found shown with what matched each,
the copy downloaded and parsed, the erasure confirmed after it names the counts, the records gone from the database,
and the request closed. Also: a manual check proves only what it names, an overdue request is listed as overdue,
the steps a type does not allow are not offered, and axe-core finds nothing in either language."""
import json
import pathlib
import re
import sqlite3
import sys
import tempfile

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as visible
from selenium.webdriver.support.ui import Select

from accessibility import assert_fits_laptop_and_phone
from conftest import ROOT, DemoServer
from test_console import sign_in
from test_kiosk import shown, wait

sys.path.insert(0, str(ROOT / "drills"))
from drill_support import Gateway, call  # noqa: E402

VISITOR, PHONE = "Åsmund Ødegård-Bråten von Følstad", "+4741234567"


@pytest.fixture
def officer():
    """A demo server sending SMS to a gateway stand-in, with one visit by VISITOR; yields (server, gateway)."""
    gateway = Gateway()
    server = DemoServer(("--port", "0"), gateway.environment)
    token = call(server.url, "POST", "/api/v1/session", {"username": "resepsjon", "password": server.passwords["resepsjon"]})[1]["token"]
    hosts = call(server.url, "GET", "/api/v1/hosts?q=kari", None, token)[1]
    status, _ = call(server.url, "POST", "/api/v1/visits", {"name": VISITOR, "phone": PHONE, "hostId": hosts[0]["id"], "site": "OSL"}, token)
    assert status == 201
    yield server, gateway
    server.stop()
    server.folder.cleanup()
    gateway.shutdown()


def visits_by(server, phone):
    with sqlite3.connect(server.database) as db:
        return db.execute("SELECT count(*) FROM visit WHERE visitor_phone = ?", (phone,)).fetchone()[0]


def text_of(browser, element_id):
    return browser.find_element(By.ID, element_id).text


def fact(browser, term):
    """What the open request's facts say for `term`."""
    terms = browser.find_elements(By.CSS_SELECTOR, "#request-facts dt")
    return next((item.find_element(By.XPATH, "following-sibling::dd[1]").text for item in terms if item.text == term), None)


def register(browser, kind, phone="", name="", email=""):
    """Registers a request of `kind` from the console's form and waits for its detail to open."""
    if not browser.find_element(By.ID, "request-panel").get_attribute("open"):
        browser.find_element(By.CSS_SELECTOR, "#request-panel > summary").click()
    Select(browser.find_element(By.ID, "request-type")).select_by_value(kind)
    for field, value in [("request-phone", phone), ("request-name", name), ("request-email", email)]:
        browser.find_element(By.ID, field).clear()
        browser.find_element(By.ID, field).send_keys(value)
    browser.find_element(By.ID, "request-save").click()
    result = wait(browser, lambda driver: re.match(r"Forespørsel nr\. (\d+) er registrert\.", text_of(driver, "requests-result")))
    wait(browser, lambda driver: text_of(driver, "request-detail-title").startswith(f"Forespørsel nr. {result.group(1)}"))
    return int(result.group(1))


def test_register_verify_export_erase_close(officer, browser):
    server, gateway = officer
    downloads = tempfile.TemporaryDirectory(prefix="vaktbok-downloads-")
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads.name})
    sign_in(browser, server, username="personvern", site="")
    wait(browser, shown("screen-requests"))
    assert not browser.find_element(By.CSS_SELECTOR, "[data-screen=hosts]").is_displayed(), "the host directory is the admin's"
    number = register(browser, "erase", phone="412 34 567")
    assert "Ikke bekreftet" in text_of(browser, "request-facts") and "dager igjen" in text_of(browser, "request-facts")
    assert not browser.find_element(By.ID, "step-erase").is_displayed(), "no erasure before the identity is verified"
    assert str(number) in text_of(browser, "requests-rows")

    browser.find_element(By.ID, "sms-send").click()
    wait(browser, lambda driver: text_of(driver, "request-step-result").startswith("Koden er sendt"))
    texts = wait(browser, lambda driver: [body["body"] for body in gateway.bodies if body["to"] == PHONE and re.search(r"\b\d{6}\b", body["body"])])
    code = re.search(r"\b(\d{6})\b", texts[-1]).group(1)
    assert browser.switch_to.active_element.get_attribute("id") == "sms-code"
    browser.find_element(By.ID, "sms-code").send_keys(code)
    browser.find_element(By.CSS_SELECTOR, "#step-sms button[type=submit]").click()
    wait(browser, lambda driver: text_of(driver, "request-step-result") == "Koden stemte: mobilnummeret er bekreftet.")
    wait(browser, lambda driver: not driver.find_element(By.ID, "step-sms").is_displayed())

    browser.find_element(By.ID, "records-show").click()
    records = wait(browser, lambda driver: text_of(driver, "records-list") or None)
    assert records.startswith("1 poster funnet.") and f"Besøk: {VISITOR}" in records and "funnet gjennom mobil" in records

    browser.find_element(By.ID, "export-json").click()
    exported = pathlib.Path(downloads.name) / f"vaktbok-export-{number}.json"
    wait(browser, lambda driver: exported.exists() and exported.stat().st_size > 0)
    copy = json.loads(exported.read_text())
    assert copy["format"] == "vaktbok-subject-export/1" and [visit["name"] for visit in copy["records"]["visits"]] == [VISITOR]

    browser.find_element(By.ID, "erase-ask").click()
    counts = wait(browser, lambda driver: driver.find_element(By.ID, "erase-counts").is_displayed() and text_of(driver, "erase-counts"))
    assert counts.startswith("Dette sletter 1 besøk for godt")
    assert browser.switch_to.active_element.get_attribute("id") == "erase-cancel", "Cancel has the focus, not the erasure"
    assert visits_by(server, PHONE) == 1
    browser.execute_script("arguments[0].click(); arguments[0].click();", browser.find_element(By.ID, "erase-confirm"))
    wait(browser, lambda driver: text_of(driver, "request-step-result") == "Slettet: 1 besøk.")
    assert visits_by(server, PHONE) == 0
    browser.find_element(By.ID, "records-show").click()
    wait(browser, lambda driver: text_of(driver, "records-list") == "Ingen poster funnet.")

    browser.find_element(By.ID, "close-outcome").send_keys("Slettet etter bekreftelse på SMS")
    browser.find_element(By.CSS_SELECTOR, "#step-close button[type=submit]").click()
    wait(browser, lambda driver: text_of(driver, "request-step-result") == "Forespørselen er avsluttet.")
    assert "Avsluttet" in text_of(browser, "request-facts") and not browser.find_element(By.ID, "step-close").is_displayed()
    wait(browser, lambda driver: text_of(driver, "requests-rows") == "Ingen forespørsler her.")
    Select(browser.find_element(By.ID, "requests-filter")).select_by_value("closed")
    wait(browser, lambda driver: str(number) in text_of(driver, "requests-rows"))
    server.log.seek(0)
    log = server.log.read()
    assert VISITOR not in log and PHONE not in log and code not in log


def test_a_manual_check_proves_only_what_it_names_and_wrong_steps_are_not_offered(officer, browser):
    server, _ = officer
    sign_in(browser, server, username="personvern", site="")
    wait(browser, shown("screen-requests"))
    register(browser, "access", phone="41234567", name=VISITOR)
    assert not browser.find_element(By.ID, "step-erase").is_displayed() and not browser.find_element(By.ID, "step-rectify").is_displayed()
    assert not browser.find_element(By.ID, "step-export").is_displayed(), "no copy before the identity is verified"
    assert not browser.find_element(By.CSS_SELECTOR, "#step-manual [data-covers=email]").is_displayed(), "no e-mail was given"
    browser.find_element(By.ID, "manual-method").send_keys("ok")
    browser.find_element(By.CSS_SELECTOR, "#step-manual [data-covers=name] input").click()
    browser.find_element(By.CSS_SELECTOR, "#step-manual button[type=submit]").click()
    error = wait(browser, lambda driver: text_of(driver, "manual-error") or None)
    assert error.startswith("Det gikk ikke") and browser.find_element(By.ID, "manual-method").get_attribute("value") == "ok"
    browser.find_element(By.ID, "manual-method").send_keys(" – pass kontrollert i skranken")
    browser.find_element(By.CSS_SELECTOR, "#step-manual button[type=submit]").click()
    wait(browser, lambda driver: text_of(driver, "request-step-result") == "Kontrollen er registrert.")
    wait(browser, lambda driver: fact(driver, "Bekreftet") == "navn")
    assert browser.find_element(By.ID, "step-export").is_displayed() and browser.find_element(By.ID, "step-sms").is_displayed()


def test_reception_and_the_fire_warden_are_sent_to_the_desk(server, browser):
    for username in ["resepsjon", "brannvakt"]:
        sign_in(browser, server, username=username, site="")
        error = wait(browser, lambda driver: text_of(driver, "login-error") or None)
        assert error.startswith("Konsollen er for personvernombud og administratorer")
        assert browser.execute_script("return sessionStorage.length") == 0


def test_an_admin_has_both_screens(server, browser):
    sign_in(browser, server)
    wait(browser, shown("screen-requests"))
    browser.find_element(By.CSS_SELECTOR, "[data-screen=hosts]").click()
    wait(browser, shown("screen-hosts"))


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_register_passes_axe_at_laptop_and_phone_size(officer, browser, language):
    server, _ = officer
    browser.get(server.url + "/console.html")
    if language == "en":
        wait(browser, shown("language")).click()
    sign_in(browser, server, username="personvern", site="")
    wait(browser, shown("screen-requests"))
    browser.find_element(By.CSS_SELECTOR, "#request-panel > summary").click()
    Select(browser.find_element(By.ID, "request-type")).select_by_value("object")
    browser.find_element(By.ID, "request-phone").send_keys("41234567")
    browser.find_element(By.ID, "request-save").click()
    wait(browser, visible.visibility_of_element_located((By.ID, "step-restrict")))
    assert_fits_laptop_and_phone(browser)
