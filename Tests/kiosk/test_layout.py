"""Everything needed is on screen: at 1280×800 landscape and 1080×1920 portrait, in both languages, the check-in
button is visible without scrolling and one long unbroken name never widens a page or pushes a button off-screen."""
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from test_kiosk import choose_host, shown, sign_in, wait

# 100 letters without a space or hyphen: the longest name the API accepts.
UNBROKEN = ("Bjørnstjerneøyvindågesenkvalheimstrømsøebrækhusløvaasenødegårdsbakkenaaslundengenvestrehaugsbakkenå")[:100]


def viewport(browser, width, height):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def fits(browser, element_id=None):
    """Nothing is wider than the window, and the element (if given) lies wholly inside it."""
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways"
    if element_id:
        box = browser.execute_script("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                                     "return [r.left, r.top, r.right, r.bottom, innerWidth, innerHeight]", element_id)
        left, top, right, bottom, width, height = box
        assert 0 <= left and right <= width and 0 <= top and bottom <= height, f"{element_id} is off-screen: {box}"


@pytest.mark.parametrize("width,height", [(1280, 800), (1080, 1920)])
@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_long_name_in_every_screen_keeps_the_buttons_on_screen(server, browser, width, height, language):
    viewport(browser, width, height)
    browser.get(server.url)
    browser.execute_script("localStorage.setItem('vaktbok.language', arguments[0])", language)
    sign_in(browser, server)
    fits(browser, "checkin-submit")
    browser.find_element(By.ID, "checkin-submit").click()
    wait(browser, lambda driver: driver.find_element(By.ID, "hostId-error").text)
    fits(browser, "checkin-submit")

    browser.find_element(By.ID, "visitor-name").send_keys(UNBROKEN)
    browser.find_element(By.ID, "visitor-phone").send_keys("912 34 567")
    browser.find_element(By.ID, "host-search").send_keys("nordmann")
    wait(browser, lambda driver: len(driver.find_elements(By.CSS_SELECTOR, "#host-options [role=option]")) == 2)
    fits(browser, "checkin-submit")
    fits(browser, "host-options")
    browser.find_element(By.ID, "host-search").send_keys(Keys.CONTROL, "a", Keys.DELETE)
    choose_host(browser, "kar", "Kari Nordmann")
    browser.find_element(By.ID, "checkin-submit").click()
    wait(browser, shown("badge-image"))
    fits(browser, "badge-print-button")
    fits(browser, "badge-next")
    browser.find_element(By.ID, "badge-next").click()

    browser.find_element(By.ID, "visitor-name").send_keys(UNBROKEN)
    browser.find_element(By.ID, "visitor-phone").send_keys("912 34 567")
    choose_host(browser, "kar", "Kari Nordmann")
    browser.find_element(By.ID, "checkin-submit").click()
    wait(browser, shown("duplicate"))
    fits(browser, "duplicate-checkout")
    fits(browser, "duplicate-keep")
    fits(browser, "checkin-submit")
    browser.find_element(By.ID, "duplicate-keep").click()
    wait(browser, shown("badge-image"))

    browser.find_element(By.CSS_SELECTOR, "[data-screen=onsite]").click()
    wait(browser, lambda driver: driver.find_element(By.ID, "onsite-count").text == "(2)")
    fits(browser, "onsite-print")
    for button in browser.find_elements(By.CSS_SELECTOR, "#onsite-rows button"):
        assert button.rect["x"] + button.rect["width"] <= width, "a row's check-out button is pushed off-screen"
    times = [row.find_elements(By.TAG_NAME, "td")[2].text for row in browser.find_elements(By.CSS_SELECTOR, "#onsite-rows tr")]
    assert all(re.fullmatch(r"\d\d[:.]\d\d", time) for time in times), f"times as hh:mm: {times}"

    browser.find_element(By.CSS_SELECTOR, "[data-screen=checkout]").click()
    wait(browser, shown("scan"))
    fits(browser, "scan")
    for screen in ["groups", "consent"]:
        browser.find_element(By.CSS_SELECTOR, f"[data-screen={screen}]").click()
        wait(browser, shown(f"screen-{screen}"))
        fits(browser)


def test_times_are_shown_in_the_site_time_zone_not_the_terminals(server, browser):
    browser.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": "America/New_York"})
    sign_in(browser, server)
    browser.find_element(By.ID, "visitor-name").send_keys("Tor Tidssone-Ås")
    browser.find_element(By.ID, "visitor-phone").send_keys("912 34 567")
    choose_host(browser, "kar", "Kari Nordmann")
    browser.find_element(By.ID, "checkin-submit").click()
    wait(browser, shown("badge-image"))
    browser.find_element(By.CSS_SELECTOR, "[data-screen=onsite]").click()
    since = wait(browser, lambda driver: next(iter(driver.find_elements(By.CSS_SELECTOR, "#onsite-rows td:nth-child(3)")), None)).text
    in_zone = browser.execute_script("""
        const since = JSON.parse(sessionStorage.getItem('vaktbok.onsite')).list.visitors[0].since;
        const clock = (timeZone) => new Intl.DateTimeFormat('nb-NO', {hour: '2-digit', minute: '2-digit', timeZone}).format(new Date(since));
        return [clock('Europe/Oslo'), clock('America/New_York')];""")
    assert since == in_zone[0] and since != in_zone[1], f"{since} is not Oslo time {in_zone}"
