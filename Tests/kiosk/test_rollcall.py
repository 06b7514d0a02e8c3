"""Evacuation roll call in the browser: two wardens marking at once see each other's marks; marks made without a
connection arrive exactly once when it returns; the page passes axe-core at phone size in both languages."""
import datetime
import subprocess

import pytest
from selenium.webdriver.common.by import By

from accessibility import axe_violations
from test_groups import api
from test_kiosk import printout, shown, sign_in, wait

PEOPLE = [("Åsmund Strømbrudd-Ødegård", "91234567"), ("Per Glemsk-Åsen", "91345678"), ("Siv Åkerø", "91456789")]


def people_on_site(server):
    token = api(server, "POST", "/api/v1/session", {"username": "resepsjon", "password": server.passwords["resepsjon"]})["token"]
    host = api(server, "GET", "/api/v1/hosts?site=OSL&q=kari", token=token)[0]["id"]
    for name, phone in PEOPLE:
        api(server, "POST", "/api/v1/visits", {"name": name, "phone": phone, "hostId": host, "site": "OSL"}, token)


def phone(browser):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})


def start(browser, drill=True):
    if drill:
        browser.find_element(By.ID, "rollcall-drill").click()
    browser.find_element(By.ID, "rollcall-assembly").send_keys("Parkeringsplassen")
    browser.find_element(By.CSS_SELECTOR, "#rollcall-start button[type=submit]").click()
    wait(browser, shown("rollcall-open"))


def count(browser):
    return browser.find_element(By.ID, "rollcall-count").text


def found(browser, name):
    """Taps "Found" for `name`; the list may be redrawn by the 3-second refresh between finding and tapping, so a
    tap on a replaced button is tried again (it did nothing)."""
    def tap(driver):
        item = next(iter(driver.find_elements(By.XPATH, f"//ul[@id='rollcall-entries']/li[starts-with(., '{name}')]")), None)
        if item is None:
            return False
        item.find_element(By.CSS_SELECTOR, "button.found").click()
        return True

    wait(browser, tap)


def accounted_in_database(server):
    query = "SELECT count(*) FROM roll_call_entry WHERE accounted_at IS NOT NULL"
    return int(subprocess.run(["sqlite3", str(server.database), query], capture_output=True, text=True, check=True).stdout)


def test_two_wardens_mark_at_once_and_see_each_other(server, browser, second_browser):
    people_on_site(server)
    for warden in (browser, second_browser):
        phone(warden)
    sign_in(browser, server, "brannvakt")
    wait(browser, shown("rollcall-start"))
    visible_nav = [button.text for button in browser.find_elements(By.CSS_SELECTOR, "#nav button") if button.is_displayed()]
    assert visible_nav == ["Opprop", "Logg ut"], "a fire warden sees roll calls only"
    start(browser)
    assert count(browser) == "3 av 3 savnet"
    second_browser.get(server.url)
    wait(second_browser, shown("login-username")).send_keys("resepsjon")
    second_browser.find_element(By.ID, "login-password").send_keys(server.passwords["resepsjon"] + "\n")
    wait(second_browser, shown("screen-checkin"))
    second_browser.find_element(By.CSS_SELECTOR, "[data-screen=rollcall]").click()
    wait(second_browser, lambda driver: count(driver) == "3 av 3 savnet")

    found(browser, PEOPLE[0][0])
    found(second_browser, PEOPLE[1][0])
    for warden in (browser, second_browser):
        wait(warden, lambda driver: count(driver) == "1 av 3 savnet", timeout=15)
    first = browser.find_element(By.CSS_SELECTOR, "#rollcall-entries li")
    assert first.get_attribute("class") == "missing" and first.text.startswith(PEOPLE[2][0]), "the missing first"
    assert accounted_in_database(server) == 2
    wait(second_browser, lambda driver: driver.find_element(By.XPATH, f"//ul[@id='rollcall-entries']/li[starts-with(., '{PEOPLE[0][0]}')]//button").click() or True)
    wait(browser, lambda driver: count(driver) == "2 av 3 savnet", timeout=15)

    end = second_browser.find_element(By.ID, "rollcall-end")
    end.click()
    end.click()
    wait(second_browser, shown("rollcall-ended"))
    summary = wait(browser, shown("rollcall-summary"), timeout=15)
    assert summary.text == "Oppropet er avsluttet. 2 av 3 ble ikke gjort rede for.", "the other warden's page shows the end and the report"
    assert browser.find_element(By.ID, "rollcall-report").is_displayed()


@pytest.mark.offline
def test_marks_made_while_the_server_is_gone_arrive_exactly_once(server, browser):
    people_on_site(server)
    phone(browser)
    sign_in(browser, server, "brannvakt")
    start(browser)
    found(browser, PEOPLE[2][0])
    wait(browser, lambda driver: accounted_in_database(server) == 1)
    wait(browser, lambda driver: driver.execute_script("return navigator.serviceWorker.controller !== null"))
    server.stop()
    found(browser, PEOPLE[0][0])
    found(browser, PEOPLE[1][0])
    wait(browser, lambda driver: driver.find_element(By.ID, "rollcall-status").text.startswith("Ingen forbindelse – 2 markeringer venter"))
    assert count(browser) == "0 av 3 savnet", "the marks show at once"
    assert wait(browser, shown("connection")).text.startswith("Ingen forbindelse")
    stored = browser.execute_script("return JSON.parse(sessionStorage.getItem('vaktbok.rollcall'))")
    assert len(stored["queue"]) == 2 and len(stored["server"]["entries"]) == 3, "the snapshot and the queue are kept in the tab"
    browser.refresh()  # a phone browser reloads a tab it put away: the service worker's app shell and the tab's storage
    wait(browser, lambda driver: count(driver) == "0 av 3 savnet")
    assert "2 markeringer venter" in browser.find_element(By.ID, "rollcall-status").text

    before_restart = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    server.restart()
    wait(browser, lambda driver: accounted_in_database(server) == 3, timeout=30)
    wait(browser, lambda driver: driver.find_element(By.ID, "rollcall-status").text.startswith("Sist oppdatert"), timeout=15)
    assert count(browser) == "0 av 3 savnet" and accounted_in_database(server) == 3
    marks = subprocess.run(["sqlite3", str(server.database), "SELECT count(*) FROM roll_call_entry"], capture_output=True, text=True).stdout
    assert marks.strip() == "3", "nothing counted twice, nobody added"
    latest = subprocess.run(["sqlite3", str(server.database), "SELECT max(accounted_at) FROM roll_call_entry"], capture_output=True, text=True).stdout
    assert latest.strip()[:19] <= before_restart, "the offline marks keep the time they were made, not the time they arrived"


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_roll_call_page_passes_axe_at_phone_size(server, browser, language):
    people_on_site(server)
    phone(browser)
    browser.get(server.url)
    browser.execute_script("localStorage.setItem('vaktbok.language', arguments[0])", language)
    sign_in(browser, server, "brannvakt")
    wait(browser, shown("rollcall-start"))
    violations = {"start": axe_violations(browser)}
    start(browser, drill=False)
    found(browser, PEOPLE[0][0])
    violations["open"] = axe_violations(browser)
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    end = browser.find_element(By.ID, "rollcall-end")
    end.click()
    end.click()
    wait(browser, shown("rollcall-ended"))
    violations["ended"] = axe_violations(browser)
    browser.find_element(By.ID, "rollcall-report").click()
    with printout(browser):
        wait(browser, lambda driver: PEOPLE[0][0] in driver.page_source)
        violations["report"] = axe_violations(browser)
    assert {screen: found for screen, found in violations.items() if found} == {}
