"""The privacy officer's other console screens, used as an officer would: the contact-tracing report shown, narrowed
to one visitor by phone (which reaches no URL or log) and downloaded as CSV that Python's csv module reads as Excel
would; a hold listed and released after a confirmation that takes the focus to Cancel; the audit log filtered by
action and dates, a wrong filter refused at its field, and paged with "Older entries". axe-core finds nothing on any
of them, in either language, at laptop and phone size."""
import csv
import datetime
import io
import pathlib
import sqlite3
import subprocess
import tempfile

import pytest
from selenium.webdriver.common.by import By

from accessibility import assert_fits_laptop_and_phone
from test_console import open_screen, sign_in
from conftest import BINARY
from test_console_requests import VISITOR, call, officer, text_of  # noqa: F401 (officer is a fixture)
from test_kiosk import shown, wait

OTHER, OTHER_PHONE = "Siv Blåbær-Li Kristiansen-Østerdal", "+4741234568"


def officer_screen(browser, server, name):
    open_screen(browser, server, name, username="personvern", site="")


def api_token(server, username):
    return call(server.url, "POST", "/api/v1/session", {"username": username, "password": server.passwords[username]})[1]["token"]


def check_in_other(server):
    """A second visitor, on site together with VISITOR."""
    token = api_token(server, "resepsjon")
    hosts = call(server.url, "GET", "/api/v1/hosts?q=kari", None, token)[1]
    assert call(server.url, "POST", "/api/v1/visits", {"name": OTHER, "phone": OTHER_PHONE, "hostId": hosts[0]["id"], "site": "OSL"}, token)[0] == 201


def report_names(browser):
    return browser.execute_script("return [...document.querySelectorAll('#report-rows tr td:first-child')].map((cell) => cell.textContent)")


def test_the_report_is_shown_narrowed_to_one_visitor_and_downloaded_as_csv(officer, browser):
    server, _ = officer
    check_in_other(server)
    downloads = tempfile.TemporaryDirectory(prefix="vaktbok-downloads-")
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads.name})
    officer_screen(browser, server, "report")
    assert browser.find_element(By.ID, "report-site").get_attribute("value") == "OSL"
    assert not browser.find_element(By.ID, "report-csv").is_enabled(), "nothing to download before a report is shown"
    browser.find_element(By.ID, "report-show").click()
    wait(browser, lambda driver: text_of(driver, "report-result") == "2 besøk de siste 10 dagene.")
    assert sorted(report_names(browser)) == sorted([VISITOR, OTHER])

    browser.find_element(By.ID, "report-visitor").send_keys("412 34 567")
    browser.find_element(By.ID, "report-show").click()
    wait(browser, lambda driver: text_of(driver, "report-result") == "1 besøk overlappet med den besøkende.")
    assert report_names(browser) == [OTHER]
    assert "min" in browser.find_element(By.CSS_SELECTOR, "#report-rows td:last-child").text

    browser.find_element(By.ID, "report-csv").click()
    saved = wait(browser, lambda driver: next((path for path in pathlib.Path(downloads.name).glob("kontakter-OSL-*.csv") if path.stat().st_size), None))
    text = saved.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff"), "a byte-order mark, so Excel reads UTF-8"
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert [(row["name"], row["phone"]) for row in rows] == [(OTHER, "'" + OTHER_PHONE)], "a leading + is quoted: Excel shows text, runs no formula"

    browser.find_element(By.ID, "report-visitor").clear()
    browser.find_element(By.ID, "report-visitor").send_keys("+47 999 99 999")
    browser.find_element(By.ID, "report-show").click()
    wait(browser, lambda driver: text_of(driver, "report-error").startswith("Fant ingen besøk av denne besøkende"))
    browser.find_element(By.ID, "report-visitor").clear()
    browser.find_element(By.ID, "report-days").clear()
    browser.find_element(By.ID, "report-days").send_keys("0")
    browser.find_element(By.ID, "report-show").click()
    error = wait(browser, lambda driver: text_of(driver, "report-error") or None)
    assert error.startswith("Det gikk ikke") and report_names(browser) == [OTHER], "the report shown stays"

    server.log.seek(0)
    log = server.log.read()
    assert "41234567" not in log and VISITOR not in log and OTHER not in log
    with sqlite3.connect(server.database) as db:
        details = [row[0] for row in db.execute("SELECT details FROM audit_log WHERE action = 'contact-report'")]
    assert len(details) == 3 and not any("4123456" in detail or "9999" in detail for detail in details)


def restrict(server):
    """A restriction on VISITOR's visit, made through the API as the officer would; returns the hold's visit id."""
    token = api_token(server, "personvern")
    status, request = call(server.url, "POST", "/api/v1/requests", {"type": "restrict", "subject": {"phone": "41234567"}, "receivedAt": "2026-11-20", "site": "OSL"}, token)
    assert status == 201
    assert call(server.url, "POST", f"/api/v1/requests/{request['id']}/restrict", {"until": "2099-01-31", "reason": "klage til Datatilsynet"}, token)[0] == 200
    return call(server.url, "GET", "/api/v1/holds", None, token)[1][0]["visitId"]


def test_a_hold_is_released_after_a_confirmation(officer, browser):
    server, _ = officer
    visit = restrict(server)
    officer_screen(browser, server, "holds")
    wait(browser, lambda driver: f"Besøk nr. {visit}" in text_of(driver, "holds-rows"))
    assert "klage til Datatilsynet" in text_of(browser, "holds-rows")
    browser.find_element(By.CSS_SELECTOR, "#holds-rows button[data-action=ask]").click()
    assert browser.switch_to.active_element.get_attribute("data-action") == "cancel", "Cancel has the focus, not the release"
    browser.switch_to.active_element.click()
    wait(browser, lambda driver: driver.find_elements(By.CSS_SELECTOR, "#holds-rows button[data-action=ask]"))
    browser.find_element(By.CSS_SELECTOR, "#holds-rows button[data-action=ask]").click()
    confirm = browser.find_element(By.CSS_SELECTOR, "#holds-rows button[data-action=release]")
    browser.execute_script("arguments[0].click(); arguments[0].click();", confirm)
    wait(browser, lambda driver: text_of(driver, "holds-result") == f"Sperren på besøk nr. {visit} er opphevet.")
    wait(browser, lambda driver: text_of(driver, "holds-rows") == "Ingen sperrer er i kraft.")
    with sqlite3.connect(server.database) as db:
        assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'hold-release'").fetchone()[0] == 1, "released once"


def test_the_audit_log_is_filtered_and_paged(officer, browser):
    server, _ = officer
    token = api_token(server, "personvern")
    for _ in range(55):
        assert call(server.url, "GET", "/api/v1/sites/OSL/contact-report?days=1", None, token)[0] == 200
    officer_screen(browser, server, "audit")
    wait(browser, lambda driver: len(driver.find_elements(By.CSS_SELECTOR, "#audit-rows tr")) == 50)
    browser.find_element(By.ID, "audit-action").send_keys("contact-report")
    browser.find_element(By.ID, "audit-action").submit()
    wait(browser, lambda driver: driver.find_element(By.ID, "audit-older").is_displayed())
    actions = browser.execute_script("return [...document.querySelectorAll('#audit-rows td:nth-child(2)')].map((cell) => cell.textContent)")
    assert actions == ["contact-report"] * 50
    browser.find_element(By.ID, "audit-older").click()
    wait(browser, lambda driver: text_of(driver, "audit-result") == "5 eldre oppføringer lagt til.")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#audit-rows tr")) == 55 and not browser.find_element(By.ID, "audit-older").is_displayed()
    ids = browser.execute_script("return [...document.querySelectorAll('#audit-rows tr')].length")
    assert ids == 55

    browser.execute_script("document.getElementById('audit-from').value = '2026-11-23'; document.getElementById('audit-to').value = '2026-11-22'")
    browser.find_element(By.ID, "audit-action").submit()
    error = wait(browser, lambda driver: text_of(driver, "audit-error") or None)
    assert "to must not be before from" in error
    browser.execute_script("document.getElementById('audit-from').value = '2020-01-01'; document.getElementById('audit-to').value = '2020-01-02'")
    browser.find_element(By.ID, "audit-action").submit()
    wait(browser, lambda driver: text_of(driver, "audit-rows") == "Ingen oppføringer.")


def test_the_retention_status_says_whether_the_promise_holds_after_a_purge_and_a_tampered_receipt(officer, browser):
    server, _ = officer
    officer_screen(browser, server, "retention")
    verdict = wait(browser, lambda driver: text_of(driver, "retention-verdict") or None)
    assert verdict.startswith("Løftet holder") and text_of(browser, "retention-purge") == "Ingen sletting er registrert ennå."
    assert "Oslo" in text_of(browser, "retention-rows") and "10 dager" in text_of(browser, "retention-rows")

    later = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    purge = subprocess.run([str(BINARY), "purge", "--db", str(server.database), "--now", later], capture_output=True, text=True)
    assert purge.returncode == 0, purge.stderr
    # A month on, the purge (another process) ended the session too; the server notices within a second, so Check
    # again is pressed until the console returns to sign-in, as an officer would press it.
    def signed_out(driver):
        if text_of(driver, "login-error") == "Økten er utløpt. Logg inn igjen.":
            return True
        refresh = driver.find_element(By.ID, "retention-refresh")
        if refresh.is_displayed() and refresh.is_enabled():
            refresh.click()
        return False

    wait(browser, signed_out)
    officer_screen(browser, server, "retention")
    wait(browser, lambda driver: "av dem 1 besøk" in text_of(driver, "retention-purge"))
    assert "Loggfilen: tømt" in text_of(browser, "retention-purge") and text_of(browser, "retention-verdict").startswith("Løftet holder")
    assert "ingen lagret" in text_of(browser, "retention-rows")

    with sqlite3.connect(server.database) as db:
        db.execute("UPDATE purge_receipt SET hash = replace(hash, substr(hash, 1, 1), 'x')")
    browser.find_element(By.ID, "retention-refresh").click()
    wait(browser, lambda driver: text_of(driver, "retention-verdict").startswith("Løftet kan ikke bekreftes: slettekvittering nr. 1"))
    assert "warning" in browser.find_element(By.ID, "retention-verdict").get_attribute("class")


def test_the_officer_sees_the_privacy_screens_and_not_the_admins(officer, browser):
    server, _ = officer
    sign_in(browser, server, username="personvern", site="")
    wait(browser, shown("screen-requests"))
    shown_screens = browser.execute_script("return [...document.querySelectorAll('[data-screen]')].filter((b) => !b.hidden).map((b) => b.dataset.screen)")
    assert shown_screens == ["requests", "report", "holds", "audit", "retention"]


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_privacy_screens_pass_axe_at_laptop_and_phone_size(officer, browser, language):
    server, _ = officer
    restrict(server)
    browser.get(server.url + "/console.html")
    if language == "en":
        wait(browser, shown("language")).click()
    sign_in(browser, server, username="personvern", site="")
    wait(browser, shown("screen-requests"))
    for name, ready in [("report", "report-table"), ("holds", "holds-rows"), ("audit", "audit-rows"), ("retention", "retention-rows")]:
        browser.set_window_size(1280, 800)
        browser.find_element(By.CSS_SELECTOR, f"[data-screen={name}]").click()
        wait(browser, shown(f"screen-{name}"))
        if name == "report":
            browser.find_element(By.ID, "report-show").click()
        wait(browser, lambda driver: driver.find_elements(By.CSS_SELECTOR, f"#{ready} tr") if name != "report" else driver.find_element(By.ID, ready).is_displayed())
        assert_fits_laptop_and_phone(browser)
