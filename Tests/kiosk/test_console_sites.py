"""The admin's offices screen, used as an office admin would: an office added; one office's retention window,
message language and webhook changed (a webhook without a signing secret is refused at the secret's field); the
secret typed is never shown back, and a rotated one is shown once, then gone from the page. axe-core finds nothing
in either language, at laptop and phone size."""
import sqlite3

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from accessibility import assert_fits_laptop_and_phone
from test_console import open_panel, open_screen
from test_console_requests import text_of
from test_console_staff import type_into
from test_kiosk import shown, wait

SECRET = "en-hemmelig-nøkkel-som-er-lang".replace("ø", "o")


def open_sites(browser, server):
    open_screen(browser, server, "sites")
    wait(browser, lambda driver: "(OSL)" in text_of(driver, "sites-rows"))


def open_site(browser, code):
    browser.find_element(By.CSS_SELECTOR, f"#sites-rows button[data-id={code}]").click()
    wait(browser, shown("site-edit"))


def site_row(server, code):
    with sqlite3.connect(server.database) as db:
        db.row_factory = sqlite3.Row
        return db.execute("SELECT * FROM site WHERE code = ?", (code,)).fetchone()


def test_an_office_is_added_and_its_retention_language_and_webhook_set(server, browser):
    open_sites(browser, server)
    open_panel(browser, "site-panel")
    type_into(browser, {"site-code": "trd", "site-name-field": "Trondheim – Øya kontor"})
    browser.execute_script("arguments[0].click(); arguments[0].click();", browser.find_element(By.ID, "site-save"))
    wait(browser, lambda driver: text_of(driver, "sites-result") == "Kontoret TRD er lagt til.")
    wait(browser, lambda driver: "Trondheim – Øya kontor (TRD)" in text_of(driver, "sites-rows"))
    assert site_row(server, "TRD")["time_zone"] == "Europe/Oslo"

    open_site(browser, "OSL")
    type_into(browser, {"site-edit-days": "14", "site-edit-webhook": "https://hooks.example.no/vaktbok"})
    Select(browser.find_element(By.ID, "site-edit-language")).select_by_value("en")
    browser.find_element(By.ID, "site-edit-save").click()
    error = wait(browser, lambda driver: text_of(driver, "site-edit-secret-error") or None)
    assert "webhookSecret" in error and browser.switch_to.active_element.get_attribute("id") == "site-edit-secret"
    assert site_row(server, "OSL")["visit_retention_days"] == 10, "a refused change changes nothing"

    browser.find_element(By.ID, "site-edit-secret").send_keys(SECRET)
    browser.find_element(By.ID, "site-edit-save").click()
    wait(browser, lambda driver: text_of(driver, "site-edit-result") == "Innstillingene for OSL er lagret.")
    stored = site_row(server, "OSL")
    assert (stored["visit_retention_days"], stored["language"], stored["webhook_secret"]) == (14, "en", SECRET)
    assert browser.find_element(By.ID, "site-edit-secret").get_attribute("value") == "" and SECRET not in browser.page_source
    wait(browser, lambda driver: text_of(driver, "site-edit-secret-state") == "En signeringsnøkkel er satt. Den vises aldri igjen.")

    browser.find_element(By.ID, "site-rotate").click()
    wait(browser, lambda driver: text_of(driver, "site-edit-result") == "En ny signeringsnøkkel er laget.")
    fresh = text_of(browser, "site-new-secret")
    assert fresh.startswith("whsec_") and site_row(server, "OSL")["webhook_secret"] == fresh
    browser.find_element(By.ID, "site-edit-close").click()
    assert fresh not in browser.page_source, "the new secret is shown once"
    open_site(browser, "OSL")
    assert not browser.find_element(By.ID, "site-new-secret-box").is_displayed()

    type_into(browser, {"site-edit-webhook": "https://hooks.slack.com/services/T01/B02/kanalnokkel"})
    Select(browser.find_element(By.ID, "site-edit-format")).select_by_value("slack")
    browser.find_element(By.ID, "site-edit-save").click()
    wait(browser, lambda driver: "hooks.slack.com er satt" in text_of(driver, "site-edit-webhook-set"))
    assert browser.find_element(By.ID, "site-edit-webhook").get_attribute("value") == "", "a chat webhook's address is its key: not shown back"
    assert "kanalnokkel" not in browser.page_source
    browser.find_element(By.ID, "site-edit-days").send_keys("0")
    browser.find_element(By.ID, "site-edit-days").clear()
    browser.find_element(By.ID, "site-edit-days").send_keys("12")
    browser.find_element(By.ID, "site-edit-save").click()
    wait(browser, lambda driver: site_row(server, "OSL")["visit_retention_days"] == 12)
    assert site_row(server, "OSL")["webhook_url"].endswith("kanalnokkel"), "saving other settings keeps the hidden address"
    browser.find_element(By.ID, "site-edit-webhook-off").click()
    browser.find_element(By.ID, "site-edit-save").click()
    wait(browser, lambda driver: site_row(server, "OSL")["webhook_url"] is None)
    with sqlite3.connect(server.database) as db:
        details = " ".join(row[0] for row in db.execute("SELECT details FROM audit_log"))
    assert SECRET not in details and fresh not in details and "hooks.example.no" not in details
    server.log.seek(0)
    assert SECRET not in server.log.read() and fresh not in server.log.read()


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_offices_screen_passes_axe_at_laptop_and_phone_size(server, browser, language):
    browser.get(server.url + "/console.html")
    if language == "en":
        wait(browser, shown("language")).click()
    open_sites(browser, server)
    open_panel(browser, "site-panel")
    open_site(browser, "OSL")
    assert_fits_laptop_and_phone(browser)
