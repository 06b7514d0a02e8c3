"""The desk on a bad day: the server stops mid-use; a shared terminal after sign-out; a scanner after another control."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from test_kiosk import choose_host, printout, shown, sign_in, wait

NAME = "Åsmund Strømbrudd-Ødegård"


def register(browser, name=NAME):
    browser.find_element(By.ID, "visitor-name").send_keys(name)
    browser.find_element(By.ID, "visitor-phone").send_keys("912 34 567")
    choose_host(browser, "kar", "Kari Nordmann")
    browser.find_element(By.ID, "checkin-submit").click()
    wait(browser, shown("badge-image"))
    browser.find_element(By.ID, "badge-next").click()
    wait(browser, shown("screen-checkin"))


def open_onsite(browser):
    browser.find_element(By.CSS_SELECTOR, "[data-screen=onsite]").click()
    return wait(browser, shown("screen-onsite"))


@pytest.mark.offline
def test_the_server_stops_mid_use(server, browser):
    sign_in(browser, server)
    register(browser)
    open_onsite(browser)
    wait(browser, lambda driver: NAME in driver.find_element(By.ID, "onsite-rows").text)
    assert browser.find_element(By.ID, "onsite-status").text.startswith("Sist oppdatert ")

    server.stop()
    open_onsite(browser)
    status = wait(browser, lambda driver: driver.find_element(By.ID, "onsite-status").text.startswith("Ingen forbindelse – viser listen fra"))
    assert status and NAME in browser.find_element(By.ID, "onsite-rows").text, "the stored list stays on screen, marked as old"
    assert browser.find_element(By.ID, "onsite-error").text == ""

    banner = wait(browser, shown("connection"))
    assert banner.text == "Ingen forbindelse med serveren – prøver igjen …" and banner.get_attribute("role") == "status"

    browser.find_element(By.ID, "onsite-print").click()
    with printout(browser):
        wait(browser, lambda driver: NAME in driver.page_source)
        assert "Gjort rede for" in browser.page_source and "uten forbindelse" in browser.page_source

    browser.find_element(By.CSS_SELECTOR, "[data-screen=checkin]").click()
    browser.find_element(By.ID, "visitor-name").send_keys("Ny Besøkende")
    browser.find_element(By.ID, "visitor-phone").send_keys("913 45 678")
    browser.find_element(By.ID, "host-search").send_keys("kar")
    option = wait(browser, lambda driver: next(iter(driver.find_elements(By.CSS_SELECTOR, "#host-options li.empty")), None))
    assert option.text.startswith("Ingen forbindelse"), "no connection is not 'no matches'"

    browser.find_element(By.CSS_SELECTOR, "[data-screen=checkout]").click()
    scan = wait(browser, shown("scan"))
    scan.send_keys("AAAAAAAAAAAAAAAAAAAAAA" + Keys.ENTER)
    result = wait(browser, lambda driver: driver.find_element(By.ID, "scan-result").text or None)
    assert result.startswith("Ingen forbindelse") and "Ukjent" not in result


def test_sign_out_leaves_nothing_of_the_session(server, browser):
    sign_in(browser, server)
    register(browser)
    open_onsite(browser)
    wait(browser, lambda driver: NAME in driver.find_element(By.ID, "onsite-rows").text)
    assert browser.execute_script("return sessionStorage.getItem('vaktbok.onsite')") is not None
    browser.find_element(By.CSS_SELECTOR, "[data-screen=groups]").click()
    wait(browser, lambda driver: driver.find_element(By.ID, "groups-list").text != "")
    browser.find_element(By.ID, "logout").click()
    wait(browser, shown("login-username"))
    assert browser.execute_script("return sessionStorage.getItem('vaktbok.onsite')") is None
    page = browser.execute_script("return document.body.innerHTML")
    assert NAME not in page and "Kari Nordmann" not in page, "no visitor, group member or host of the session is left"
    assert browser.execute_script("return Object.keys(sessionStorage).concat(Object.keys(localStorage))") == []


def test_the_scan_field_takes_the_focus_back_after_another_control(server, browser):
    sign_in(browser, server)
    browser.find_element(By.CSS_SELECTOR, "[data-screen=checkout]").click()
    wait(browser, shown("scan"))
    language = browser.execute_script("return document.documentElement.lang")
    browser.find_element(By.ID, "language").click()
    assert browser.switch_to.active_element.get_attribute("id") == "scan"
    toggled = browser.execute_script("return document.documentElement.lang")
    assert toggled != language
    browser.switch_to.active_element.send_keys("AAAAAAAAAAAAAAAAAAAAAA" + Keys.ENTER)
    wait(browser, lambda driver: driver.find_element(By.ID, "scan-result").text == "Unknown badge or invitation.")
    assert browser.execute_script("return document.documentElement.lang") == toggled, "the scanner's Enter did not flip the language"


def test_a_lost_badge_is_found_by_name_and_checked_out_with_confirmation(server, browser):
    sign_in(browser, server)
    for name in [NAME, "Per Glemsk-Åsen", "Åse Annen"]:
        register(browser, name)
    open_onsite(browser)
    wait(browser, lambda driver: driver.find_element(By.ID, "onsite-count").text == "(3)")
    browser.find_element(By.ID, "onsite-search").send_keys("glemsk per")
    wait(browser, lambda driver: len(driver.find_elements(By.CSS_SELECTOR, "#onsite-rows tr")) == 1)
    assert "Per Glemsk-Åsen" in browser.find_element(By.ID, "onsite-rows").text
    button = browser.find_element(By.CSS_SELECTOR, "#onsite-rows button")
    button.click()
    button.click()
    result = wait(browser, lambda driver: driver.find_element(By.ID, "onsite-result").text or None)
    assert result == "Sjekket ut: Per Glemsk-Åsen."
    assert browser.find_element(By.ID, "onsite-result").get_attribute("role") == "status", "the result is announced"
    wait(browser, lambda driver: driver.find_element(By.ID, "onsite-count").text == "(2)")
    browser.find_element(By.ID, "onsite-search").send_keys(Keys.CONTROL, "a")
    browser.find_element(By.ID, "onsite-search").send_keys(Keys.DELETE)
    wait(browser, lambda driver: len(driver.find_elements(By.CSS_SELECTOR, "#onsite-rows tr")) == 2)


def test_the_desk_says_no_connection_once_and_recovers_by_itself(server, browser):
    sign_in(browser, server)
    register(browser)
    open_onsite(browser)
    wait(browser, lambda driver: NAME in driver.find_element(By.ID, "onsite-rows").text)
    browser.execute_script("window.realFetch = window.fetch; window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));")
    browser.find_element(By.CSS_SELECTOR, "[data-screen=checkin]").click()
    browser.find_element(By.ID, "visitor-name").send_keys("Kåre Nettbrudd")
    browser.find_element(By.ID, "visitor-phone").send_keys("913 45 678")
    browser.find_element(By.ID, "host-search").send_keys("kar")
    banner = wait(browser, shown("connection"))
    assert banner.text == "Ingen forbindelse med serveren – prøver igjen …"
    browser.find_element(By.ID, "language").click()
    assert banner.text == "No connection to the server – retrying …", "the banner follows the language"
    open_onsite(browser)
    wait(browser, lambda driver: driver.find_element(By.ID, "onsite-status").text.startswith("No connection – showing the list from"))

    browser.execute_script("window.fetch = window.realFetch;")
    wait(browser, lambda driver: not driver.find_element(By.ID, "connection").is_displayed(), timeout=30)
    wait(browser, lambda driver: driver.find_element(By.ID, "onsite-status").text.startswith("Last updated"))
