"""Accessibility as a test: axe-core finds nothing on any kiosk screen or printout in either language, every focus
indicator has 3:1 contrast, the skip link works, and the host list tells assistive technology its active option."""
import json

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from accessibility import axe_violations, weak_focus_indicators
from test_kiosk import choose_host, printout, shown, sign_in, wait

NAME = "Åsmund Strømbrudd-Ødegård"


class Audit:
    """Collects axe violations and weak focus indicators per screen, to report them all at once."""

    def __init__(self, browser):
        self.browser, self.violations, self.weak_focus = browser, {}, {}

    def screen(self, name):
        self.frame(name)
        self.weak_focus[name] = weak_focus_indicators(self.browser)

    def frame(self, name):
        self.violations[name] = axe_violations(self.browser)

    def assert_clean(self):
        for name, found in [("axe-core violations", self.violations), ("focus indicators under 3:1", self.weak_focus)]:
            failing = {screen: problems for screen, problems in found.items() if problems}
            assert not failing, f"{name}: {json.dumps(failing, indent=1, ensure_ascii=False)}"


def register(browser, name=NAME):
    browser.find_element(By.ID, "visitor-name").send_keys(name)
    browser.find_element(By.ID, "visitor-phone").send_keys("912 34 567")
    choose_host(browser, "kar", "Kari Nordmann")
    browser.find_element(By.ID, "checkin-submit").click()


def go(browser, screen):
    browser.find_element(By.CSS_SELECTOR, f"[data-screen={screen}]").click()
    return wait(browser, shown(f"screen-{screen}"))


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_screen_and_printout_passes_axe_with_visible_focus(server, browser, language):
    browser.get(server.url)
    browser.execute_script("localStorage.setItem('vaktbok.language', arguments[0])", language)
    browser.get(server.url)
    audit = Audit(browser)
    wait(browser, shown("login-username")).send_keys("resepsjon")
    browser.find_element(By.ID, "login-password").send_keys("wrong" + Keys.ENTER)
    wait(browser, lambda driver: driver.find_element(By.ID, "login-error").text)
    audit.screen("login with an error")
    browser.refresh()
    sign_in(browser, server)
    audit.screen("check-in")
    browser.find_element(By.ID, "checkin-submit").click()
    wait(browser, lambda driver: driver.find_element(By.ID, "hostId-error").text)
    audit.screen("check-in with an error")
    browser.find_element(By.ID, "host-search").send_keys("nordmann")
    wait(browser, lambda driver: len(driver.find_elements(By.CSS_SELECTOR, "#host-options [role=option]")) == 2)
    browser.find_element(By.ID, "host-search").send_keys(Keys.ARROW_DOWN)
    audit.frame("host list open")
    browser.find_element(By.ID, "host-search").send_keys(Keys.ESCAPE, Keys.CONTROL, "a", Keys.DELETE)
    register(browser)
    wait(browser, shown("badge-image"))
    audit.screen("badge")
    browser.find_element(By.ID, "badge-next").click()
    register(browser)
    wait(browser, shown("duplicate"))
    audit.screen("already on site")
    browser.find_element(By.ID, "duplicate-keep").click()
    wait(browser, shown("badge-image"))

    go(browser, "checkout").find_element(By.ID, "scan").send_keys("AAAAAAAAAAAAAAAAAAAAAA" + Keys.ENTER)
    wait(browser, lambda driver: driver.find_element(By.ID, "scan-result").text)
    audit.screen("check-out with a result")
    go(browser, "onsite")
    wait(browser, lambda driver: NAME in driver.find_element(By.ID, "onsite-rows").text)
    audit.screen("on site")
    browser.find_element(By.ID, "onsite-print").click()
    with printout(browser):
        wait(browser, lambda driver: NAME in driver.page_source)
        audit.frame("evacuation printout")

    go(browser, "groups")
    card = wait(browser, lambda driver: next(iter(driver.find_elements(By.CSS_SELECTOR, "#groups-list .group")), None))
    card.find_element(By.CSS_SELECTOR, ".arrive-selected").click()
    wait(browser, lambda driver: card.find_element(By.CSS_SELECTOR, ".error").text)
    audit.screen("groups with an error")
    card.find_element(By.CSS_SELECTOR, ".arrive-all").click()
    wait(browser, lambda driver: driver.find_element(By.ID, "groups-result").text)
    audit.screen("groups arrived")
    browser.find_element(By.CSS_SELECTOR, "#groups-list .print-badges").click()
    with printout(browser):
        wait(browser, lambda driver: driver.find_elements(By.CSS_SELECTOR, "img.qr"))
        audit.frame("group badge sheet")

    go(browser, "consent")
    browser.find_element(By.CSS_SELECTOR, "#consent-form button[type=submit]").click()
    wait(browser, lambda driver: any(error.text for error in driver.find_elements(By.CSS_SELECTOR, "#consent-form .error")))
    audit.screen("consent with errors")

    browser.execute_script("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));")
    go(browser, "onsite")
    wait(browser, shown("connection"))
    audit.screen("on site without a connection")
    browser.find_element(By.ID, "onsite-print").click()
    with printout(browser):
        wait(browser, lambda driver: NAME in driver.page_source)
        audit.frame("evacuation printout without a connection")

    browser.get(server.url + "/withdraw.html#token=x")
    wait(browser, shown("withdraw"))
    audit.screen("consent withdrawal page")
    audit.assert_clean()


def test_the_skip_link_comes_before_the_navigation_and_leads_to_the_screen(server, browser):
    sign_in(browser, server)
    browser.find_element(By.CSS_SELECTOR, ".brand").click()
    ActionChains(browser).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    link = browser.switch_to.active_element
    assert link.get_attribute("class") == "skip-link" and link.is_displayed() and link.text == "Hopp til innholdet"
    link.send_keys(Keys.ENTER)
    wait(browser, lambda driver: driver.switch_to.active_element.get_attribute("id") == "main")


def test_the_host_list_tells_assistive_technology_its_active_option(server, browser):
    sign_in(browser, server)
    field = browser.find_element(By.ID, "host-search")
    field.send_keys("nordmann")
    wait(browser, lambda driver: len(driver.find_elements(By.CSS_SELECTOR, "#host-options [role=option]")) == 2)
    field.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN)
    active = field.get_attribute("aria-activedescendant")
    option = browser.find_element(By.ID, active)
    assert option.get_attribute("aria-selected") == "true" and option.text == "Ola Nordmann"
    assert browser.switch_to.active_element == field, "the focus stays in the field while the arrows move"
    field.send_keys(Keys.ARROW_UP)
    assert browser.find_element(By.ID, field.get_attribute("aria-activedescendant")).text == "Kari Nordmann"
    field.send_keys(Keys.ENTER)
    assert field.get_attribute("value") == "Kari Nordmann" and field.get_attribute("data-chosen") == "yes"
    assert field.get_attribute("aria-activedescendant") is None and field.get_attribute("aria-expanded") == "false"
