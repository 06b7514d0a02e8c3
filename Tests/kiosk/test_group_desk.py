"""The school groups screen on a busy day: ticks and a typed phone survive language and tab switches, many groups
are found by search, long names stay with their own checkbox, and a network failure is reported in the card."""
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from test_groups import api
from test_kiosk import shown, sign_in, wait

LONG_NAME = "Bjørnstjerne-Øyvind Ågesen-Kvalheim-Strømsøe-Brækhus-Løvaasen-Ødegårdsbakken-Aaslundengen Vestre"


def import_groups(server, count, members):
    """Imports `count` groups for today at OSL without a teacher's phone, each with the `members` list."""
    token = api(server, "POST", "/api/v1/session", {"username": "admin", "password": server.passwords["admin"]})["token"]
    host = api(server, "GET", "/api/v1/hosts?site=OSL&q=ola", token=token)[0]["id"]
    today = api(server, "GET", "/api/v1/groups?site=OSL", token=token)["date"]
    for number in range(1, count + 1):
        api(server, "POST", "/api/v1/groups", {"site": "OSL", "date": today, "school": f"Skole nr. {number:02d} på Ås",
                                               "hostId": host, "list": "\n".join(members) + "\n"}, token)


def open_groups(browser):
    browser.find_element(By.CSS_SELECTOR, "[data-screen=groups]").click()
    return wait(browser, shown("groups-list"))


def card(browser, school):
    return wait(browser, lambda driver: next(iter(driver.find_elements(By.XPATH, f"//article[h3[.='{school}']]")), None))


def ticks_and_phone(group):
    """Which of a group card's members are ticked, and the contact phone typed in it."""
    boxes = group.find_elements(By.CSS_SELECTOR, "input[type=checkbox]")
    return [box.is_selected() for box in boxes], group.find_element(By.CSS_SELECTOR, "input.contact-phone").get_attribute("value")


def test_ticks_and_a_typed_phone_survive_the_language_and_tab_switches(server, browser):
    import_groups(server, 1, ["Gunnhild Ås", "Torstein Bø-Ødegård", "Åsa Ødven"])
    sign_in(browser, server)
    open_groups(browser)
    group = card(browser, "Skole nr. 01 på Ås")
    group.find_elements(By.CSS_SELECTOR, "input[type=checkbox]")[2].click()
    group.find_element(By.CSS_SELECTOR, "input.contact-phone").send_keys("482 11 222")
    browser.find_element(By.ID, "language").click()
    wait(browser, lambda driver: "have arrived" in card(driver, "Skole nr. 01 på Ås").text)
    browser.find_element(By.CSS_SELECTOR, "[data-screen=checkin]").click()
    open_groups(browser)
    # The list renders again when its refresh answers; each look finds the card anew (wait looks again at a replaced one).
    wait(browser, lambda driver: ticks_and_phone(card(driver, "Skole nr. 01 på Ås")) == ([False, False, True], "482 11 222"))
    wait(browser, lambda driver: card(driver, "Skole nr. 01 på Ås").find_element(By.CSS_SELECTOR, ".arrive-selected").click() or True)
    wait(browser, lambda driver: driver.find_element(By.ID, "groups-result").text == "Registered: 1 from Skole nr. 01 på Ås.")
    assert "Last updated" in browser.find_element(By.ID, "groups-status").text


def test_many_groups_are_found_by_search(server, browser):
    import_groups(server, 12, ["Gunnhild Ås", "Torstein Bø-Ødegård"])
    sign_in(browser, server)
    open_groups(browser)
    wait(browser, lambda driver: driver.find_element(By.ID, "groups-shown").text == "Viser 13 av 13 grupper.")
    search = browser.find_element(By.ID, "groups-search")
    search.send_keys("nr. 07")
    wait(browser, lambda driver: len(driver.find_elements(By.CSS_SELECTOR, "#groups-list .group")) == 1)
    assert browser.find_element(By.ID, "groups-shown").text == "Viser 1 av 13 grupper."
    search.send_keys(Keys.CONTROL, "a", Keys.DELETE)
    search.send_keys("trine lærer")
    wait(browser, lambda driver: [group.find_element(By.TAG_NAME, "h3").text for group in driver.find_elements(By.CSS_SELECTOR, "#groups-list .group")] == ["Demo vgs"])
    search.send_keys("x")
    wait(browser, lambda driver: driver.find_element(By.ID, "groups-list").text == "Ingen grupper passer søket.")


def test_a_long_name_stays_with_its_own_checkbox(server, browser):
    import_groups(server, 1, [LONG_NAME, "Ola Kort"])
    sign_in(browser, server)
    open_groups(browser)
    group = card(browser, "Skole nr. 01 på Ås")
    for item in group.find_elements(By.CSS_SELECTOR, ".members li"):
        box = item.find_element(By.TAG_NAME, "input").rect
        name = item.find_element(By.CSS_SELECTOR, ".member-name").rect
        assert name["y"] <= box["y"] + box["height"] / 2 <= name["y"] + name["height"], "the name sits beside its own box"
        assert name["x"] > box["x"] and name["x"] + name["width"] <= item.rect["x"] + item.rect["width"] + 1
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")


def test_a_failed_arrival_without_connection_says_so_in_the_card(server, browser):
    sign_in(browser, server)
    open_groups(browser)
    group = card(browser, "Demo vgs")
    browser.execute_script("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));")
    group.find_element(By.CSS_SELECTOR, ".arrive-all").click()
    error = wait(browser, lambda driver: group.find_element(By.CSS_SELECTOR, ".error").text or None)
    assert error.startswith("Ingen forbindelse – ingenting er endret")
    assert wait(browser, shown("connection")).text.startswith("Ingen forbindelse")
