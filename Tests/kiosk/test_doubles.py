"""No duplicate visits: a double Enter or tap during a slow answer, a lost answer retried, the same person twice."""
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from test_kiosk import choose_host, shown, sign_in, wait

# POST /api/v1/visits answers are held until window.releaseVisits(); with `lose` the first answer is dropped after
# the server has handled it, as a network that fails on the way back would. window.visitPosts counts the requests.
HOLD_VISIT_ANSWERS = """
const lose = arguments[0];
window.visitPosts = 0;
let lost = false;
const release = new Promise((resolve) => { window.releaseVisits = resolve; });
const original = window.fetch.bind(window);
window.fetch = async (input, init) => {
  if (String(input).endsWith("/api/v1/visits") && init?.method === "POST") {
    window.visitPosts += 1;
    const answer = await original(input, init);
    await release;
    if (lose && !lost) { lost = true; throw new TypeError("Failed to fetch"); }
    return answer;
  }
  return original(input, init);
};
"""

ON_SITE_COUNT = """
const done = arguments[arguments.length - 1];
const token = JSON.parse(sessionStorage.getItem("vaktbok.session")).token;
fetch("/api/v1/sites/OSL/onsite", { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.json()).then((j) => done(j.count));
"""


def fill(browser, name="Tor Dobbel-Ødegaard", phone="912 34 567", host=("ingrid", "Ingrid Løvås")):
    browser.find_element(By.ID, "visitor-name").send_keys(name)
    browser.find_element(By.ID, "visitor-phone").send_keys(phone)
    choose_host(browser, *host)


def on_site(browser):
    return browser.execute_async_script(ON_SITE_COUNT)


def test_two_submits_within_50_ms_make_one_visit(server, browser):
    sign_in(browser, server)
    fill(browser)
    browser.execute_script(HOLD_VISIT_ANSWERS, False)
    browser.execute_script("const form = document.getElementById('checkin-form'); form.requestSubmit(); "
                           "setTimeout(() => form.requestSubmit(), 30);")
    browser.find_element(By.ID, "visitor-name").send_keys(Keys.ENTER)
    button = browser.find_element(By.ID, "checkin-submit")
    assert button.get_attribute("disabled") is not None and button.get_attribute("aria-busy") == "true"
    assert button.text == "Registrerer …"
    browser.execute_script("window.releaseVisits()")
    wait(browser, shown("badge-image"))
    assert browser.execute_script("return window.visitPosts") == 1
    assert on_site(browser) == 1


def test_a_lost_answer_retried_replays_the_same_visit(server, browser):
    sign_in(browser, server)
    fill(browser)
    browser.execute_script(HOLD_VISIT_ANSWERS, True)
    browser.find_element(By.ID, "checkin-submit").click()
    browser.execute_script("window.releaseVisits()")
    message = wait(browser, lambda driver: driver.find_element(By.ID, "checkin-error").text or None)
    assert message.startswith("Ingen forbindelse") and on_site(browser) == 1, "the server registered it; the answer was lost"
    assert browser.find_element(By.ID, "checkin-submit").get_attribute("disabled") is None
    browser.find_element(By.ID, "checkin-submit").click()
    wait(browser, shown("badge-image"))
    assert browser.execute_script("return window.visitPosts") == 2 and on_site(browser) == 1, "the retry replayed the first visit"


def test_the_same_person_on_site_is_flagged_and_the_desk_decides(server, browser):
    sign_in(browser, server)
    fill(browser, name="Åse Gjentakersen-Ødegård")
    browser.find_element(By.ID, "checkin-submit").click()
    wait(browser, shown("badge-image"))
    browser.find_element(By.ID, "badge-next").click()
    wait(browser, shown("screen-checkin"))

    fill(browser, name="ÅSE gjentakersen-ødegård")
    browser.find_element(By.ID, "checkin-submit").click()
    wait(browser, shown("duplicate"))
    assert "allerede registrert" in browser.find_element(By.ID, "duplicate-message").text
    assert browser.switch_to.active_element.get_attribute("id") == "duplicate-checkout" and on_site(browser) == 1
    browser.find_element(By.ID, "duplicate-checkout").click()
    wait(browser, shown("badge-image"))
    assert on_site(browser) == 1, "the earlier visit was checked out"
    browser.find_element(By.ID, "badge-next").click()
    wait(browser, shown("screen-checkin"))

    fill(browser, name="Åse Gjentakersen-Ødegård")
    browser.find_element(By.ID, "checkin-submit").click()
    wait(browser, shown("duplicate")).find_element(By.ID, "duplicate-keep").click()
    wait(browser, shown("badge-image"))
    assert on_site(browser) == 2, "both kept"
