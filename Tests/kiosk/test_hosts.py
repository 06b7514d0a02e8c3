"""The host field as a receptionist types into it: words in any order, Enter, no stale lists, no lost choice."""
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from test_kiosk import shown, sign_in, wait

# Holds back the answer to one host query (q=`held`) until the test calls window.releaseHeld(); window.heldAsked
# says the query went out, window.heldAnswered that its answer reached the page.
HOLD_ONE_QUERY = """
const held = arguments[0];
window.heldAnswered = false;
const release = new Promise((resolve) => { window.releaseHeld = resolve; });
const original = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const url = String(input);
  if (url.includes("/api/v1/hosts?") && new URL(url, location.href).searchParams.get("q") === held) {
    window.heldAsked = true;
    const answer = await original(input, init);
    await release;
    setTimeout(() => { window.heldAnswered = true; }, 0);
    return answer;
  }
  return original(input, init);
};
"""


def options(browser):
    return [item.text for item in browser.find_elements(By.CSS_SELECTOR, "#host-options li[role=option]")]


def retype(field, text):
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.DELETE)
    field.send_keys(text)


def test_words_in_any_order_with_spaces_as_the_browser_sends_them(server, browser):
    sign_in(browser, server)
    field = browser.find_element(By.ID, "host-search")
    for typed, expected in [("Kari N", ["Kari Nordmann"]), ("nordmann kari", ["Kari Nordmann"]), ("Nordmann", ["Kari Nordmann", "Ola Nordmann"]),
                            ("bjørnstad-ød", ["Åse Bjørnstad-Ødegård"]), ("ødeg ASE", ["Åse Bjørnstad-Ødegård"])]:
        retype(field, typed)
        wait(browser, lambda driver: options(driver) == expected, timeout=5)


def test_enter_picks_the_only_match_then_registers(server, browser):
    sign_in(browser, server)
    browser.find_element(By.ID, "visitor-name").send_keys("Tor Enter-Ødegaard")
    browser.find_element(By.ID, "visitor-phone").send_keys("912 34 567")
    field = browser.find_element(By.ID, "host-search")
    field.send_keys("ingrid")
    field.send_keys(Keys.ENTER)
    wait(browser, lambda driver: field.get_attribute("value") == "Ingrid Løvås" and field.get_attribute("data-chosen") == "yes")
    assert browser.find_element(By.ID, "host-options").get_attribute("hidden") is not None
    field.send_keys(Keys.ENTER)
    wait(browser, shown("badge-image"))


def test_enter_with_several_matches_chooses_nothing(server, browser):
    sign_in(browser, server)
    field = browser.find_element(By.ID, "host-search")
    field.send_keys("nordmann")
    wait(browser, lambda driver: len(options(driver)) == 2)
    field.send_keys(Keys.ENTER)
    assert field.get_attribute("value") == "nordmann" and field.get_attribute("data-chosen") != "yes"
    assert browser.find_element(By.ID, "screen-checkin").is_displayed()


def test_typing_clears_the_old_list_at_once(server, browser):
    sign_in(browser, server)
    field = browser.find_element(By.ID, "host-search")
    field.send_keys("kar")
    wait(browser, lambda driver: options(driver) == ["Kari Nordmann"])
    field.send_keys("x")
    assert options(browser) == [] and browser.find_element(By.ID, "host-options").get_attribute("hidden") is not None
    wait(browser, lambda driver: driver.find_element(By.CSS_SELECTOR, "#host-options li.empty").text == "Ingen treff")


def test_a_late_answer_never_unchooses_a_host(server, browser):
    sign_in(browser, server)
    browser.execute_script(HOLD_ONE_QUERY, "o")
    field = browser.find_element(By.ID, "host-search")
    field.send_keys("o")
    wait(browser, lambda driver: driver.execute_script("return window.heldAsked === true"))
    retype(field, "kari")
    option = wait(browser, lambda driver: next(iter(driver.find_elements(By.XPATH, "//ul[@id='host-options']/li[.='Kari Nordmann']")), None))
    option.click()
    browser.execute_script("window.releaseHeld()")
    wait(browser, lambda driver: driver.execute_script("return window.heldAnswered"))
    assert field.get_attribute("value") == "Kari Nordmann" and field.get_attribute("data-chosen") == "yes"
    assert browser.find_element(By.ID, "host-options").get_attribute("hidden") is not None


def test_no_connection_is_not_no_matches(server, browser):
    sign_in(browser, server)
    browser.execute_script("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));")
    browser.find_element(By.ID, "host-search").send_keys("kar")
    message = wait(browser, lambda driver: next(iter(driver.find_elements(By.CSS_SELECTOR, "#host-options li.empty")), None))
    assert message.text.startswith("Ingen forbindelse")
