"""School groups, apprenticeship consent and its withdrawal page, in a real browser against a real server."""
import json
import subprocess
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as visible
from selenium.webdriver.support.ui import Select

from conftest import BINARY
from test_kiosk import decode_qr, printout, sign_in, wait


def test_group_arrival_and_badge_sheet(server, browser, screenshot, tmp_path):
    sign_in(browser, server)
    browser.find_element(By.CSS_SELECTOR, "[data-screen=groups]").click()
    card = wait(browser, visible.visibility_of_element_located((By.CSS_SELECTOR, "#groups-list .group")))
    assert "Demo vgs" in card.text and "0 av 4 har kommet" in card.text
    assert "Trine Lærer-Haugen (lærer)" in card.text
    card.find_element(By.CSS_SELECTOR, ".arrive-selected").click()
    error = card.find_element(By.CSS_SELECTOR, ".error")
    wait(browser, lambda driver: "Kryss av" in error.text)
    assert browser.switch_to.active_element == error, "the error in the card takes the focus"
    assert browser.find_element(By.ID, "groups-error").text == ""

    card.find_elements(By.CSS_SELECTOR, "input[type=checkbox]")[1].click()
    card.find_element(By.CSS_SELECTOR, ".arrive-selected").click()
    wait(browser, visible.text_to_be_present_in_element((By.CSS_SELECTOR, "#groups-list .group-count"), "1 av 4"))
    assert browser.find_element(By.ID, "groups-result").text.startswith("Registrert: 1 fra Demo vgs")
    arrived = browser.find_elements(By.CSS_SELECTOR, "#groups-list li.arrived")
    assert len(arrived) == 1 and "✓ kommet" in arrived[0].text
    screenshot("09-group-one-arrived")
    browser.find_element(By.CSS_SELECTOR, "#groups-list .arrive-all").click()
    wait(browser, visible.text_to_be_present_in_element((By.CSS_SELECTOR, "#groups-list .group-count"), "4 av 4"))
    boxes = browser.find_elements(By.CSS_SELECTOR, "#groups-list input[type=checkbox]")
    assert all(box.is_selected() and not box.is_enabled() for box in boxes)
    assert not browser.find_element(By.CSS_SELECTOR, "#groups-list .arrive-all").is_enabled(), "nobody is left to register"

    browser.find_element(By.CSS_SELECTOR, "#groups-list .print-badges").click()
    with printout(browser):
        images = wait(browser, lambda driver: driver.find_elements(By.CSS_SELECTOR, "img.qr"))
        wait(browser, lambda driver: driver.execute_script("return [...document.images].every(i => i.complete && i.naturalWidth > 0)"))
        assert len(images) == 4
        assert browser.execute_script("return getComputedStyle(document.querySelector('.page')).display") == "grid"
        images[0].screenshot(str(tmp_path / "qr.png"))
    assert len(decode_qr(tmp_path / "qr.png")) == 22
    assert browser.find_element(By.ID, "screen-groups").is_displayed(), "the desk stays on the groups screen"


def api(server, method, path, body=None, token=None):
    request = urllib.request.Request(server.url + path, method=method, data=json.dumps(body).encode() if body else None)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def test_withdrawal_link_erases_the_consent(server, browser, screenshot):
    token = api(server, "POST", "/api/v1/session", {"username": "resepsjon", "password": server.passwords["resepsjon"]})["token"]
    api(server, "POST", "/api/v1/consents", {
        "name": "Siv Åkerø-Lund", "email": "siv.akero@example.no", "school": "Demo vgs",
        "consentedBy": "guardian", "pupilIs15OrOlder": False,
    }, token)
    body = server.database.parent / "body.txt"
    body.write_text("Vi har læreplasser.", encoding="utf-8")
    subprocess.run([str(BINARY), "consent", "mail", "--db", str(server.database), "--subject", "Læreplass",
                    "--body-file", str(body), "--public-url", server.url], check=True, capture_output=True)
    sqlite = ["sqlite3", str(server.database)]
    mail = subprocess.run(sqlite + ["SELECT body FROM outbox_message WHERE consent_id IS NOT NULL"], capture_output=True, text=True, check=True).stdout
    link = next(word for word in mail.split() if "/withdraw.html#token=" in word)

    browser.get(link)
    wait(browser, visible.element_to_be_clickable((By.ID, "withdraw"))).click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "withdraw-result"), "Samtykket er trukket"))
    screenshot("11-consent-withdrawn")
    assert subprocess.run(sqlite + ["SELECT count(*) FROM consent"], capture_output=True, text=True).stdout.strip() == "0"
    browser.refresh()
    wait(browser, visible.element_to_be_clickable((By.ID, "withdraw"))).click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "withdraw-result"), "finnes ikke lenger"))


def test_consent_at_the_desk_and_the_under_15_rule(server, browser, screenshot):
    sign_in(browser, server)
    browser.find_element(By.CSS_SELECTOR, "[data-screen=consent]").click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "consent-text"), "læreplasser"))
    browser.find_element(By.ID, "consent-name").send_keys("Åsmund Ødegård-Lien")
    browser.find_element(By.ID, "consent-email").send_keys("asmund.odegard@example.no")
    browser.find_element(By.ID, "consent-school").send_keys("Demo vgs")
    browser.find_element(By.CSS_SELECTOR, "#consent-form button[type=submit]").click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "consent-consentedBy-error"), "under 15"))
    screenshot("12-consent-under-15")

    Select(browser.find_element(By.ID, "consent-by")).select_by_value("guardian")
    browser.find_element(By.CSS_SELECTOR, "#consent-form button[type=submit]").click()
    wait(browser, visible.text_to_be_present_in_element((By.ID, "consent-result"), "Samtykket gjelder til"))
    assert browser.find_element(By.ID, "consent-consentedBy-error").text == ""
    assert browser.find_element(By.ID, "consent-name").get_attribute("value") == ""
    screenshot("13-consent-recorded")
    stored = subprocess.run(["sqlite3", str(server.database), "SELECT consented_by, text_version FROM consent"], capture_output=True, text=True)
    assert stored.stdout.strip() == "guardian|2026-11"


def test_group_without_contact_phone_asks_for_the_teachers_number(server, browser, screenshot):
    token = api(server, "POST", "/api/v1/session", {"username": "admin", "password": server.passwords["admin"]})["token"]
    host = api(server, "GET", "/api/v1/hosts?site=OSL&q=ola", token=token)[0]["id"]
    today = api(server, "GET", "/api/v1/groups?site=OSL", token=token)["date"]
    api(server, "POST", "/api/v1/groups", {"site": "OSL", "date": today, "school": "Ås ungdomsskole", "hostId": host,
                                           "list": "Gunnhild Ås\nTorstein Bø-Ødegård\n"}, token)
    sign_in(browser, server)
    browser.find_element(By.CSS_SELECTOR, "[data-screen=groups]").click()
    card = wait(browser, visible.visibility_of_element_located((By.XPATH, "//article[h3[contains(., 'Ås ungdomsskole')]]")))
    card.find_element(By.CSS_SELECTOR, ".arrive-all").click()
    wait(browser, lambda driver: "lærerens mobilnummer" in card.find_element(By.CSS_SELECTOR, ".error").text)
    phone = card.find_element(By.CSS_SELECTOR, "input.contact-phone")
    assert browser.switch_to.active_element == phone and phone.get_attribute("aria-invalid") == "true"
    phone.send_keys("123")
    card.find_element(By.CSS_SELECTOR, ".arrive-all").click()
    wait(browser, lambda driver: "Ugyldig nummer" in card.find_element(By.CSS_SELECTOR, ".error").text)
    card.find_element(By.CSS_SELECTOR, "input.contact-phone").clear()
    card.find_element(By.CSS_SELECTOR, "input.contact-phone").send_keys("482 11 222")
    card.find_element(By.CSS_SELECTOR, ".arrive-all").click()
    wait(browser, visible.text_to_be_present_in_element((By.XPATH, "//article[h3[contains(., 'Ås ungdomsskole')]]/p[@class='group-count']"), "2 av 2"))
    screenshot("14-group-contact-phone")
    phones = subprocess.run(["sqlite3", str(server.database), "SELECT DISTINCT visitor_phone FROM visit"], capture_output=True, text=True)
    assert phones.stdout.strip() == "+4748211222"
