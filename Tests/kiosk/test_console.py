"""The admin console's host directory, used as an office admin would: sign in with the staff login, add a host the
desk then finds, change and deactivate one (with a confirmation), import an Excel file after a preview, and keep
going on a bad day: a double click adds one host, a lost connection changes nothing and says so, a phone-sized
window still works, and axe-core finds nothing in either language."""
import json
import pathlib
import sqlite3
import urllib.request

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as visible

from accessibility import assert_fits_laptop_and_phone, axe_violations, weak_focus_indicators
from test_kiosk import shown, wait

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "Fixtures" / "lists"
LONG_NAME = "Maria-Magdalena Østensjø-Åkerlund von Hohenzollern"


def sign_in(browser, server, username="admin", site="OSL"):
    browser.get(server.url + "/console.html")
    wait(browser, shown("login-username")).send_keys(username)
    browser.find_element(By.ID, "login-password").send_keys(server.passwords[username])
    browser.find_element(By.ID, "login-site").send_keys(site)
    browser.find_element(By.ID, "login-password").send_keys(Keys.ENTER)


def open_screen(browser, server, name, username="admin", site="OSL"):
    """Signs `username` in (at `site`, for a login bound to none) and opens the console screen `name`."""
    sign_in(browser, server, username=username, site=site)
    wait(browser, shown("screen-requests"))  # the first screen the privacy officer and the admin may use
    browser.find_element(By.CSS_SELECTOR, f"[data-screen={name}]").click()
    wait(browser, shown(f"screen-{name}"))


def signed_in(browser, server):
    """Signs the admin in and opens the Hosts screen."""
    open_screen(browser, server, "hosts")
    wait(browser, lambda driver: "Viser" in driver.find_element(By.ID, "hosts-shown").text)


def open_panel(browser, panel):
    """Opens a folded panel (adding a host, importing a file) as a mouse or the keyboard would."""
    if not browser.find_element(By.ID, panel).get_attribute("open"):
        browser.find_element(By.CSS_SELECTOR, f"#{panel} > summary").click()


def fill_host(browser, name, phone="", email="", employee=""):
    open_panel(browser, "host-panel")
    for field, value in [("host-name", name), ("host-phone", phone), ("host-email", email), ("host-employee", employee)]:
        element = browser.find_element(By.ID, field)
        element.clear()
        element.send_keys(value)


def rows(browser):
    return [row.text for row in browser.find_elements(By.CSS_SELECTOR, "#hosts-rows tr")]


def hosts_in_database(server, name):
    with sqlite3.connect(server.database) as db:
        return db.execute("SELECT count(*) FROM host WHERE name = ?", (name,)).fetchone()[0]


def active_hosts(server, name):
    with sqlite3.connect(server.database) as db:
        return db.execute("SELECT count(*) FROM host WHERE name = ? AND active = 1", (name,)).fetchone()[0]


def audit_count(server, action):
    with sqlite3.connect(server.database) as db:
        return db.execute("SELECT count(*) FROM audit_log WHERE action = ?", (action,)).fetchone()[0]


def desk_search(server, query):
    """What the kiosk's host search answers reception for `query`."""
    login = urllib.request.Request(server.url + "/api/v1/session", method="POST", headers={"Content-Type": "application/json"},
                                   data=json.dumps({"username": "resepsjon", "password": server.passwords["resepsjon"]}).encode())
    token = json.loads(urllib.request.urlopen(login).read())["token"]
    search = urllib.request.Request(server.url + "/api/v1/hosts?q=" + urllib.request.quote(query), headers={"Authorization": f"Bearer {token}"})
    return [host["name"] for host in json.loads(urllib.request.urlopen(search).read())]


def test_an_admin_adds_changes_and_deactivates_a_host_the_desk_then_finds(server, browser):
    signed_in(browser, server)
    fill_host(browser, LONG_NAME, phone="412 34 567", employee="A-17")
    save = browser.find_element(By.ID, "host-save")
    browser.execute_script("arguments[0].click(); arguments[0].click();", save)  # a double click
    wait(browser, lambda driver: driver.find_element(By.ID, "hosts-result").text == f"{LONG_NAME} er lagt til.")
    assert hosts_in_database(server, LONG_NAME) == 1, "a double click adds one host"
    assert desk_search(server, "østensjø") == [LONG_NAME]

    search = browser.find_element(By.ID, "hosts-search")
    search.send_keys("a-17")
    wait(browser, lambda driver: len(rows(driver)) == 1 and LONG_NAME in rows(driver)[0] and "+4741234567" in rows(driver)[0])
    browser.find_element(By.CSS_SELECTOR, "#hosts-rows button[data-action=edit]").click()
    assert browser.switch_to.active_element.get_attribute("id") == "host-name"
    assert browser.find_element(By.ID, "host-panel-title").text == "Endre vert"
    email = browser.find_element(By.ID, "host-email")
    email.send_keys("maria@firma")
    browser.find_element(By.ID, "host-save").click()
    error = wait(browser, lambda driver: driver.find_element(By.ID, "host-email-error").text or None)
    assert error.startswith("Skriv en gyldig e-postadresse") and browser.switch_to.active_element.get_attribute("id") == "host-email"
    email.send_keys(".example" + Keys.ENTER)
    wait(browser, lambda driver: driver.find_element(By.ID, "hosts-result").text == f"Endringene for {LONG_NAME} er lagret.")
    wait(browser, lambda driver: "maria@firma.example" in rows(driver)[0])

    browser.find_element(By.CSS_SELECTOR, "#hosts-rows button[data-action=deactivate]").send_keys(Keys.ENTER)
    cancel = wait(browser, visible.element_to_be_clickable((By.CSS_SELECTOR, "#hosts-rows button[data-action=deactivate-cancel]")))
    assert browser.switch_to.active_element == cancel, "the confirmation puts the focus on Cancel"
    ActionChains(browser).send_keys(Keys.ENTER).perform()  # Enter pressed twice: the second press cancels
    deactivate = wait(browser, visible.element_to_be_clickable((By.CSS_SELECTOR, "#hosts-rows button[data-action=deactivate]")))
    assert browser.switch_to.active_element == deactivate and active_hosts(server, LONG_NAME) == 1
    deactivate.click()
    confirm = wait(browser, visible.element_to_be_clickable((By.CSS_SELECTOR, "#hosts-rows button[data-action=deactivate-confirm]")))
    browser.execute_script("arguments[0].click(); arguments[0].click();", confirm)  # a double tap deactivates once
    wait(browser, lambda driver: driver.find_element(By.ID, "hosts-result").text.startswith(f"{LONG_NAME} er merket som sluttet"))
    wait(browser, lambda driver: rows(driver) == ["Ingen verter passer søket."])
    assert desk_search(server, "østensjø") == [] and active_hosts(server, LONG_NAME) == 0
    assert audit_count(server, "host-deactivate") == 1
    browser.find_element(By.ID, "hosts-inactive").click()
    wait(browser, lambda driver: "Sluttet" in rows(driver)[0])
    assert "+4741234567" not in rows(browser)[0], "no contact details of one who has left"


def test_search_ignores_accents_and_lists_in_norwegian_order(server, browser):
    signed_in(browser, server)
    for name in ["Zoë Ås", "Ærle André", "Åse Bø-Ødegård"]:
        fill_host(browser, name)
        browser.find_element(By.ID, "host-save").click()
        wait(browser, lambda driver, name=name: driver.find_element(By.ID, "hosts-result").text == f"{name} er lagt til.")
    search = browser.find_element(By.ID, "hosts-search")
    search.send_keys("andre ærle")
    wait(browser, lambda driver: len(rows(driver)) == 1 and "Ærle André" in rows(driver)[0])
    search.clear()
    search.send_keys("zoe")
    wait(browser, lambda driver: len(rows(driver)) == 1 and "Zoë Ås" in rows(driver)[0])
    search.clear()
    search.send_keys(" ")
    wait(browser, lambda driver: len(rows(driver)) > 3)
    names = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "#hosts-rows td:first-child")]
    assert names.index("Zoë Ås") < names.index("Ærle André") < names.index("Åse Bø-Ødegård"), names


def test_a_session_ended_elsewhere_returns_to_sign_in_and_forgets_the_screen(server, browser):
    signed_in(browser, server)
    browser.find_element(By.ID, "hosts-search").send_keys("kari")
    fill_host(browser, "Per Utlogget")
    token = browser.execute_script("return JSON.parse(sessionStorage.getItem('vaktbok.session')).token")
    urllib.request.urlopen(urllib.request.Request(server.url + "/api/v1/session", method="DELETE", headers={"Authorization": f"Bearer {token}"}))
    browser.find_element(By.ID, "host-save").click()
    wait(browser, lambda driver: driver.find_element(By.ID, "login-error").text == "Økten er utløpt. Logg inn igjen.")
    assert hosts_in_database(server, "Per Utlogget") == 0
    assert browser.find_element(By.ID, "host-form-error").text == "" and browser.find_element(By.ID, "hosts-search").get_attribute("value") == ""
    assert browser.find_elements(By.CSS_SELECTOR, "#hosts-rows button") == [], "nothing of the directory is left in the page"
    assert browser.execute_script("return sessionStorage.length") == 0


@pytest.mark.offline
def test_a_language_switch_rewords_messages_title_and_the_connection_banner(server, browser):
    signed_in(browser, server)
    fill_host(browser, "Siv Språk-Bytte")
    browser.find_element(By.ID, "host-save").click()
    wait(browser, lambda driver: driver.find_element(By.ID, "hosts-result").text == "Siv Språk-Bytte er lagt til.")
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*/api/v1/*", "*/healthz"]})  # the connection is lost
    try:
        browser.find_element(By.CSS_SELECTOR, "[data-screen=hosts]").click()
        wait(browser, shown("connection"))
        assert browser.title == "Vaktbok – konsoll"
        browser.find_element(By.ID, "language").click()
        assert browser.title == "Vaktbok – console" and browser.find_element(By.ID, "connection").text.startswith("No connection")
        assert browser.find_element(By.ID, "hosts-result").text.startswith("No connection")
        assert browser.find_element(By.ID, "hosts-shown").text.startswith("Showing")
    finally:
        browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})


def test_an_excel_directory_is_previewed_then_imported(server, browser):
    signed_in(browser, server)
    open_panel(browser, "import-panel")
    browser.find_element(By.ID, "import-file").send_keys(str(FIXTURES / "host-directory.xlsx"))
    browser.find_element(By.ID, "import-sheet").send_keys("ansatte")
    browser.find_element(By.ID, "import-preview").click()
    report = wait(browser, lambda driver: driver.find_element(By.ID, "import-report").text or None)
    assert report.startswith("Forhåndsvisning, ingenting er lagret: 4 nye")
    assert hosts_in_database(server, "Åse Bø-Ødegård") == 0
    confirm = browser.find_element(By.ID, "import-confirm")
    assert browser.switch_to.active_element == confirm
    confirm.click()
    wait(browser, lambda driver: driver.find_element(By.ID, "hosts-result").text.startswith("Importert: 4 nye"))
    assert hosts_in_database(server, "Åse Bø-Ødegård") == 1 and "Åse Bø-Ødegård" in desk_search(server, "åse bø")
    assert not browser.find_element(By.ID, "import-confirm").is_displayed()

    browser.find_element(By.ID, "import-sheet").clear()
    browser.find_element(By.ID, "import-sheet").send_keys("Ark9")
    browser.find_element(By.ID, "import-preview").click()
    wait(browser, lambda driver: driver.find_element(By.ID, "import-error").text == "Arbeidsboken har ikke et ark med det navnet.")


def test_reception_is_sent_to_the_desk(server, browser):
    sign_in(browser, server, username="resepsjon", site="")
    error = wait(browser, lambda driver: driver.find_element(By.ID, "login-error").text or None)
    assert error.startswith("Konsollen er for personvernombud og administratorer") and not browser.find_element(By.ID, "nav").is_displayed()
    assert browser.execute_script("return sessionStorage.length") == 0, "the session it opened is closed again"
    assert browser.find_element(By.ID, "screen-hosts").get_attribute("hidden")


@pytest.mark.offline
def test_no_connection_changes_nothing_and_says_so(server, browser):
    signed_in(browser, server)
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*/api/v1/hosts*"]})
    fill_host(browser, "Ola Uten-Nett")
    browser.find_element(By.ID, "host-save").click()
    error = wait(browser, lambda driver: driver.find_element(By.ID, "host-form-error").text or None)
    assert error.startswith("Ingen forbindelse – ingenting er endret")
    assert browser.find_element(By.ID, "host-name").get_attribute("value") == "Ola Uten-Nett", "what was typed stays"
    browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
    browser.find_element(By.ID, "host-save").click()
    wait(browser, lambda driver: driver.find_element(By.ID, "hosts-result").text == "Ola Uten-Nett er lagt til.")
    assert hosts_in_database(server, "Ola Uten-Nett") == 1


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_console_passes_axe_with_visible_focus_at_laptop_and_phone_size(server, browser, language):
    browser.get(server.url + "/console.html")
    if language == "en":
        wait(browser, shown("language")).click()
    wait(browser, shown("login-username"))
    assert axe_violations(browser) == [] and weak_focus_indicators(browser) == []
    sign_in(browser, server)  # the language chosen stays with the browser
    wait(browser, shown("screen-requests"))
    browser.find_element(By.CSS_SELECTOR, "[data-screen=hosts]").click()
    wait(browser, lambda driver: len(driver.find_elements(By.CSS_SELECTOR, "#hosts-rows button[data-action=deactivate]")) > 0)
    browser.find_element(By.CSS_SELECTOR, "#hosts-rows button[data-action=deactivate]").click()
    open_panel(browser, "host-panel")
    open_panel(browser, "import-panel")
    assert_fits_laptop_and_phone(browser)
