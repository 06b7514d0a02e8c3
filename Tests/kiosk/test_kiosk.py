"""The reception terminal in a real browser against a real server."""
import contextlib
import subprocess

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as visible
from selenium.webdriver.support.ui import WebDriverWait

VISITOR = "Åse Bjørnstad-Ødegård"


def wait(browser, condition, timeout=10):
    """Polls `condition` until it is truthy. An element that a screen re-rendered between finding it and reading it
    counts as not yet: the next poll finds the new one."""
    return WebDriverWait(browser, timeout, ignored_exceptions=[StaleElementReferenceException]).until(condition)


def shown(element_id):
    return visible.visibility_of_element_located((By.ID, element_id))


def sign_in(browser, server, username="resepsjon"):
    browser.get(server.url)
    wait(browser, shown("login-username")).send_keys(username)
    browser.find_element(By.ID, "login-password").send_keys(server.passwords[username])
    browser.find_element(By.ID, "login-password").send_keys(Keys.ENTER)
    wait(browser, shown("nav"))


def choose_host(browser, query, name):
    browser.find_element(By.ID, "host-search").send_keys(query)
    option = wait(browser, visible.element_to_be_clickable((By.XPATH, f"//ul[@id='host-options']/li[.='{name}']")))
    option.click()


@contextlib.contextmanager
def printout(browser):
    """Enters the kiosk's printout (a hidden frame in the kiosk page) for the with-block, after checking that no
    window was opened: a kiosk-mode browser would have no way back from one. The frame is given an A4-like size
    first, so that the test can screenshot and check what would be printed, and removed after, so that the next
    printout's frame is the only one."""
    frame = wait(browser, lambda driver: next(iter(driver.find_elements(By.ID, "print-frame")), None))
    assert len(browser.window_handles) == 1, "printing opened a window"
    browser.execute_script("arguments[0].style.cssText = 'position: absolute; top: 0; left: 0; width: 794px; height: 1123px'", frame)
    browser.switch_to.frame(frame)
    try:
        yield
    finally:
        browser.switch_to.default_content()
        browser.execute_script("arguments[0].remove()", frame)


def decode_qr(png_path):
    result = subprocess.run(["zbarimg", "--quiet", "--raw", str(png_path)], capture_output=True, text=True)
    return result.stdout.strip()


def test_walk_in_check_in_badge_and_check_out(server, browser, screenshot, tmp_path):
    browser.get(server.url)
    wait(browser, shown("login-username"))
    screenshot("01-login")
    sign_in(browser, server)
    assert browser.switch_to.active_element.get_attribute("id") == "visitor-name"
    for field in ["visitor-name", "visitor-phone", "host-search"]:
        assert browser.find_element(By.ID, field).get_attribute("autocomplete") == "off"

    browser.find_element(By.ID, "visitor-name").send_keys(VISITOR)
    browser.find_element(By.ID, "visitor-phone").send_keys("912 34 567")
    choose_host(browser, "kar", "Kari Nordmann")
    screenshot("02-check-in-form")
    browser.find_element(By.CSS_SELECTOR, "#checkin-form button[type=submit]").click()

    badge = wait(browser, shown("badge-image"))
    wait(browser, lambda driver: driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", badge))
    assert VISITOR in badge.get_attribute("alt")
    screenshot("03-badge")
    badge_png = tmp_path / "badge.png"
    badge.screenshot(str(badge_png))
    code = decode_qr(badge_png)
    assert len(code) == 22, "the badge on screen carries a scannable QR code"

    browser.find_element(By.CSS_SELECTOR, "[data-screen=onsite]").click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "onsite-rows"), VISITOR))
    assert browser.find_element(By.ID, "onsite-count").text == "(1)"
    screenshot("04-on-site")

    browser.find_element(By.CSS_SELECTOR, "[data-screen=checkout]").click()
    wait(browser, shown("scan"))
    assert browser.switch_to.active_element.get_attribute("id") == "scan"
    browser.switch_to.active_element.send_keys(code + Keys.ENTER)
    wait(browser, visible.text_to_be_present_in_element((By.ID, "scan-result"), f"Ha det, {VISITOR}!"))
    assert "success" in browser.find_element(By.ID, "scan-result").get_attribute("class")
    screenshot("05-checked-out")
    browser.switch_to.active_element.send_keys(code + Keys.ENTER)
    wait(browser, visible.text_to_be_present_in_element((By.ID, "scan-result"), "allerede sjekket ut"))

    browser.find_element(By.CSS_SELECTOR, "[data-screen=onsite]").click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "onsite-count"), "(0)"))
    assert "Ingen besøkende" in browser.find_element(By.ID, "onsite-rows").text
    log = server.stop()
    assert VISITOR not in log and "91234567" not in log


def test_phone_error_is_shown_next_to_the_phone_field(server, browser, screenshot):
    sign_in(browser, server)
    browser.find_element(By.ID, "visitor-name").send_keys("Per Ærø")
    browser.find_element(By.ID, "visitor-phone").send_keys("1234")
    choose_host(browser, "ås", "Åse Bjørnstad-Ødegård")
    browser.find_element(By.CSS_SELECTOR, "#checkin-form button[type=submit]").click()
    error = wait(browser, visible.text_to_be_present_in_element((By.ID, "phone-error"), "Ugyldig nummer"))
    assert error
    phone = browser.find_element(By.ID, "visitor-phone")
    assert phone.get_attribute("aria-invalid") == "true"
    assert browser.switch_to.active_element == phone
    assert browser.find_element(By.ID, "name-error").text == ""
    screenshot("06-phone-error")


def test_language_toggle_switches_every_string(server, browser, screenshot):
    browser.get(server.url)
    wait(browser, visible.text_to_be_present_in_element((By.ID, "login-title"), "Logg inn"))
    browser.find_element(By.ID, "language").click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "login-title"), "Sign in"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    sign_in(browser, server)
    assert browser.find_element(By.ID, "checkin-title").text == "Register a visitor"
    screenshot("07-english")
    browser.find_element(By.ID, "language").click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "checkin-title"), "Registrer besøkende"))


def test_manual_check_out_from_the_list_and_sign_out(server, browser, screenshot):
    sign_in(browser, server)
    browser.find_element(By.ID, "visitor-name").send_keys("Ola Nordmann-Løvås")
    browser.find_element(By.ID, "visitor-phone").send_keys("41234567")
    choose_host(browser, "ingrid", "Ingrid Løvås")
    browser.find_element(By.CSS_SELECTOR, "#checkin-form button[type=submit]").click()
    wait(browser, shown("badge-image"))
    browser.find_element(By.CSS_SELECTOR, "[data-screen=onsite]").click()
    button = wait(browser, visible.element_to_be_clickable((By.CSS_SELECTOR, "#onsite-rows button")))
    assert button.get_attribute("aria-label") == "Sjekk ut Ola Nordmann-Løvås"
    button.click()
    assert button.get_attribute("aria-label") == "Bekreft: sjekk ut Ola Nordmann-Løvås" and button.text == "Bekreft utsjekk"
    assert browser.find_element(By.ID, "onsite-count").text == "(1)", "one press only asks"
    button.click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "onsite-count"), "(0)"))
    assert browser.find_element(By.ID, "onsite-result").text == "Sjekket ut: Ola Nordmann-Løvås."
    browser.find_element(By.ID, "logout").click()
    wait(browser, shown("screen-login"))


def test_wrong_password_and_touch_sized_controls(server, browser, screenshot):
    browser.get(server.url)
    wait(browser, shown("login-username")).send_keys("resepsjon")
    browser.find_element(By.ID, "login-password").send_keys("feil passord" + Keys.ENTER)
    wait(browser, visible.text_to_be_present_in_element((By.ID, "login-error"), "Feil brukernavn eller passord"))
    for element in browser.find_elements(By.CSS_SELECTOR, "button, input"):
        if element.is_displayed():
            assert element.size["height"] >= 44, element.get_attribute("id")
    browser.set_window_size(1080, 1920)
    sign_in(browser, server)
    screenshot("08-portrait")
