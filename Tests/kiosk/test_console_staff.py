"""The admin's staff screen, used as an office admin would: a login added with its password typed twice (a mismatch
is said at the second field and nothing is sent), then signed in at the desk; a new password set for the reception
login signs its open kiosk session out (the desk returns to sign-in on its next request); a role changed; a login
removed after a confirmation that takes the focus to Cancel; your own login cannot be changed here. axe-core finds
nothing in either language, at laptop and phone size."""
import sqlite3

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from accessibility import assert_fits_laptop_and_phone
from test_console import open_panel, open_screen, sign_in
from test_console_requests import text_of
from test_kiosk import shown, wait
from test_kiosk import sign_in as desk_sign_in

PASSWORD = "blåbærsyltetøy på skiva"


def open_staff(browser, server):
    open_screen(browser, server, "staff")
    wait(browser, lambda driver: "resepsjon" in text_of(driver, "staff-rows"))


def open_login(browser, username):
    button = browser.find_element(By.XPATH, f"//tbody[@id='staff-rows']/tr[td[1]='{username}']//button")
    button.click()
    wait(browser, shown("staff-edit"))
    assert text_of(browser, "staff-edit-title").endswith(username)


def type_into(browser, values):
    for element_id, value in values.items():
        element = browser.find_element(By.ID, element_id)
        element.clear()
        element.send_keys(value)


def staff_rows(server):
    with sqlite3.connect(server.database) as db:
        return dict(db.execute("SELECT username, role FROM staff"))


def test_a_login_is_added_with_its_password_typed_twice_and_works_at_the_desk(server, browser, second_browser):
    open_staff(browser, server)
    assert "admin (deg)" in text_of(browser, "staff-rows")
    assert not browser.find_elements(By.XPATH, "//tbody[@id='staff-rows']/tr[td[1]='admin (deg)']//button"), "one's own login is changed elsewhere"
    open_panel(browser, "staff-panel")
    assert browser.find_element(By.ID, "staff-site").get_attribute("value") == "OSL", "a new login works at this office unless told otherwise"
    type_into(browser, {"staff-username": "ase.bo", "staff-site": "osl", "staff-password": PASSWORD, "staff-password-again": PASSWORD + "!"})
    browser.find_element(By.ID, "staff-save").click()
    wait(browser, lambda driver: text_of(driver, "staff-password-again-error") == "Passordene er ikke like.")
    assert browser.switch_to.active_element.get_attribute("id") == "staff-password-again"
    assert "ase.bo" not in staff_rows(server), "nothing was sent"
    type_into(browser, {"staff-password": "kort", "staff-password-again": "kort"})
    browser.find_element(By.ID, "staff-save").click()
    error = wait(browser, lambda driver: text_of(driver, "staff-password-error") or None)
    assert "10 to 128" in error and "ase.bo" not in staff_rows(server)
    type_into(browser, {"staff-password": PASSWORD, "staff-password-again": PASSWORD})
    browser.execute_script("arguments[0].click(); arguments[0].click();", browser.find_element(By.ID, "staff-save"))
    wait(browser, lambda driver: text_of(driver, "staff-result") == "ase.bo er lagt til.")
    wait(browser, lambda driver: "ase.bo" in text_of(driver, "staff-rows"))
    assert staff_rows(server)["ase.bo"] == "reception"
    assert browser.find_element(By.ID, "staff-password").get_attribute("value") == "", "the typed password is forgotten"

    server.passwords["ase.bo"] = PASSWORD
    desk_sign_in(second_browser, server, username="ase.bo")
    wait(second_browser, shown("screen-checkin"))


def test_a_new_password_signs_the_desk_out_and_a_login_is_changed_and_removed(server, browser, second_browser):
    desk_sign_in(second_browser, server, username="resepsjon")
    wait(second_browser, shown("screen-checkin"))
    open_staff(browser, server)
    open_login(browser, "resepsjon")
    type_into(browser, {"staff-new-password": PASSWORD, "staff-new-password-again": PASSWORD})
    browser.find_element(By.ID, "staff-password-save").click()
    wait(browser, lambda driver: text_of(driver, "staff-edit-result") == "Nytt passord er satt for resepsjon, som er logget ut overalt.")

    second_browser.find_element(By.ID, "host-search").send_keys("kar")
    wait(second_browser, shown("login-username"))
    wait(second_browser, lambda driver: text_of(driver, "login-error") == "Økten er utløpt. Logg inn igjen.")
    server.passwords["resepsjon"] = PASSWORD
    desk_sign_in(second_browser, server, username="resepsjon")
    wait(second_browser, shown("screen-checkin"))

    Select(browser.find_element(By.ID, "staff-edit-role")).select_by_value("firewarden")
    browser.find_element(By.ID, "staff-role-save").click()
    wait(browser, lambda driver: text_of(driver, "staff-edit-result").startswith("Rolle og kontor er lagret for resepsjon"))
    assert staff_rows(server)["resepsjon"] == "firewarden"
    wait(browser, lambda driver: "Brannvakt" in text_of(driver, "staff-rows"))

    browser.find_element(By.ID, "staff-remove-ask").click()
    assert browser.switch_to.active_element.get_attribute("id") == "staff-remove-cancel", "Cancel has the focus, not the removal"
    assert "resepsjon" in staff_rows(server)
    browser.execute_script("arguments[0].click(); arguments[0].click();", browser.find_element(By.ID, "staff-remove-confirm"))
    wait(browser, lambda driver: text_of(driver, "staff-result") == "resepsjon er fjernet og logget ut overalt.")
    assert "resepsjon" not in staff_rows(server) and not browser.find_element(By.ID, "staff-edit").is_displayed()
    wait(browser, lambda driver: "resepsjon" not in text_of(driver, "staff-rows"))
    with sqlite3.connect(server.database) as db:
        actions = [row[0] for row in db.execute("SELECT action FROM audit_log WHERE action LIKE 'staff-%' ORDER BY id")]
        details = " ".join(row[0] for row in db.execute("SELECT details FROM audit_log"))
    assert actions[-3:] == ["staff-password-reset", "staff-change", "staff-remove"]
    assert "resepsjon" not in details and PASSWORD not in details
    server.log.seek(0)
    assert PASSWORD not in server.log.read()


def test_the_privacy_officer_has_no_staff_screen(server, browser):
    sign_in(browser, server, username="personvern", site="")
    wait(browser, shown("screen-requests"))
    assert not browser.find_element(By.CSS_SELECTOR, "[data-screen=staff]").is_displayed()


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_staff_screen_passes_axe_at_laptop_and_phone_size(server, browser, language):
    browser.get(server.url + "/console.html")
    if language == "en":
        wait(browser, shown("language")).click()
    open_staff(browser, server)
    open_panel(browser, "staff-panel")
    open_login(browser, "resepsjon")
    browser.find_element(By.ID, "staff-remove-ask").click()
    assert_fits_laptop_and_phone(browser)
