"""Badges printed without a dialog, end to end with real parts: `vaktbok serve` sends each badge by IPP to a private
CUPS scheduler, whose queue forwards it to an IPP Everywhere printer (ippeveprinter) that keeps what it printed. The
tests read that file as a printer driver would: pdfinfo for the media size, pdftoppm to rasterise it at the printer's
resolution, zbarimg for the QR. A printer that is gone makes the job wait (the kiosk says so) until it is back, also
across a restart of the server."""
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from accessibility import axe_violations
from conftest import BINARY, DemoServer
from printing import PrintServices, page_sizes_mm, qr_codes
from test_kiosk import choose_host, shown, wait

VISITOR = "Åsa Marie-Louise Kristiansen-Bjørnstad Ødegård"


@pytest.fixture
def printing():
    services = PrintServices()
    server = DemoServer(environment={"CUPS_SERVER": services.cups_server})
    yield server, services
    server.stop()
    server.folder.cleanup()
    services.stop()


def add_printer(server, *target, media="62x100mm", terminal="Skranke 1"):
    added = subprocess.run(
        [str(BINARY), "printer", "add", "--db", str(server.database), "--site", "OSL", "--name", "QL-820 skranke", *target,
         "--media", media, "--terminal", terminal],
        capture_output=True, text=True, check=True,
    )
    return int(added.stdout.strip())


def sign_in_at(browser, server, terminal, username="resepsjon"):
    browser.get(server.url)
    wait(browser, shown("login-username")).send_keys(username)
    browser.find_element(By.ID, "login-password").send_keys(server.passwords[username])
    browser.find_element(By.ID, "login-terminal").clear()
    browser.find_element(By.ID, "login-terminal").send_keys(terminal, Keys.ENTER)


def check_in(browser, name=VISITOR, phone="912 34 567"):
    wait(browser, shown("visitor-name")).send_keys(name)
    browser.find_element(By.ID, "visitor-phone").send_keys(phone)
    choose_host(browser, "ingrid", "Ingrid Løvås")
    browser.find_element(By.ID, "checkin-submit").click()
    wait(browser, shown("screen-badge"))


def status_says(browser, element_id, text, timeout=30):
    wait(browser, lambda driver: text in driver.find_element(By.ID, element_id).text, timeout)


def badge_code(server):
    return subprocess.run(
        ["sqlite3", str(server.database), "SELECT badge_code FROM visit ORDER BY id DESC LIMIT 1"], capture_output=True, text=True, check=True,
    ).stdout.strip()


def test_the_badge_prints_through_cups_at_the_media_size_and_its_qr_scans(printing, browser, screenshot, tmp_path):
    server, services = printing
    add_printer(server, "--queue", "badge")
    sign_in_at(browser, server, "skranke 1")
    wait(browser, shown("nav"))
    check_in(browser)
    assert browser.switch_to.active_element.get_attribute("id") == "badge-next", "the badge prints by itself: the focus waits on Next"
    status_says(browser, "badge-print-status", "Skrevet ut på QL-820 skranke.")
    screenshot("30-badge-printed")
    assert axe_violations(browser) == []

    [document] = services.printed()
    assert page_sizes_mm(document) == [(62.0, 100.0)]
    assert qr_codes(document, tmp_path) == [badge_code(server)]
    text = subprocess.run(["pdftotext", str(document), "-"], capture_output=True, text=True, check=True).stdout
    assert "Ødegård" in text and "Ingrid Løvås" in text
    assert services.spooled_in_cups() == [], "CUPS keeps no document once the job is done"

    reprint = browser.find_element(By.ID, "badge-reprint")
    assert reprint.text == "Skriv ut igjen på QL-820 skranke"
    browser.execute_script("arguments[0].click(); arguments[0].click();", reprint)
    status_says(browser, "badge-print-status", "Skrevet ut på QL-820 skranke.")
    wait(browser, lambda driver: len(services.printed()) == 2 and reprint.is_enabled())
    assert len(services.printed()) == 2, "a double tap on 'print again' prints one more badge, not two"

    browser.find_element(By.ID, "language").click()
    assert browser.find_element(By.ID, "badge-print-status").text == "Printed on QL-820 skranke."
    assert browser.find_element(By.ID, "badge-print-button").text == "Print from the browser"
    assert reprint.text == "Print again on QL-820 skranke"


def test_a_printer_that_is_gone_makes_the_job_wait_across_a_restart_until_it_is_back(printing, browser, tmp_path):
    server, services = printing
    add_printer(server, "--ipp-url", services.ipp_url)
    services.stop_printer()
    sign_in_at(browser, server, "Skranke 1")
    wait(browser, shown("nav"))
    check_in(browser, name="Per Ærlig-Nøstvik", phone="922 33 444")
    status_says(browser, "badge-print-status", "svarer ikke")
    assert browser.find_element(By.ID, "badge-print-button").text == "Skriv ut fra nettleseren"
    assert not browser.find_element(By.ID, "badge-reprint").is_enabled(), "printing again would only queue a second badge"

    browser.find_element(By.ID, "badge-next").click()
    status_says(browser, "print-queue", "1 merke venter på skriveren.")
    assert browser.switch_to.active_element.get_attribute("id") == "visitor-name", "the desk goes on with the next visitor"
    assert axe_violations(browser) == []

    server.stop()
    services.start_printer()
    server.restart()
    wait(browser, lambda driver: not driver.find_element(By.ID, "print-queue").is_displayed(), 60)
    [document] = services.printed()
    assert qr_codes(document, tmp_path) == [badge_code(server)]


def test_a_badge_printed_from_the_browser_while_the_printer_is_away_never_comes_out_twice(printing, browser, tmp_path):
    server, services = printing
    add_printer(server, "--ipp-url", services.ipp_url)
    services.stop_printer()
    sign_in_at(browser, server, "Skranke 1")
    wait(browser, shown("nav"))
    browser.execute_script("window.print = () => { window.printedFromBrowser = (window.printedFromBrowser || 0) + 1; }")
    check_in(browser, name="Kåre Utålmodig-Ås", phone="955 66 777")
    status_says(browser, "badge-print-status", "svarer ikke")
    browser.find_element(By.ID, "badge-print-button").click()
    status_says(browser, "badge-print-status", "avbrutt")
    assert browser.execute_script("return window.printedFromBrowser") == 1
    assert not browser.find_element(By.ID, "print-queue").is_displayed()

    services.start_printer()
    browser.find_element(By.ID, "badge-next").click()
    check_in(browser, name="Neste Besøkende-Øye", phone="966 77 888")
    status_says(browser, "badge-print-status", "Skrevet ut på QL-820 skranke.", timeout=60)
    [document] = services.printed()
    assert qr_codes(document, tmp_path) == [badge_code(server)], "only the second visitor's badge came out"


def test_a_group_arrival_prints_every_new_badge_in_one_job(printing, browser, tmp_path):
    server, services = printing
    add_printer(server, "--queue", "badge", media="a4")
    sign_in_at(browser, server, "Skranke 1")
    wait(browser, shown("nav"))
    browser.find_element(By.CSS_SELECTOR, "[data-screen=groups]").click()
    wait(browser, shown("groups-list"))
    wait(browser, lambda driver: driver.find_elements(By.CSS_SELECTOR, "#groups-list .arrive-all"))[0].click()
    status_says(browser, "groups-print-status", "Skrevet ut på QL-820 skranke.")
    [document] = services.printed()
    assert page_sizes_mm(document) == [(210.0, 297.0)]
    codes = subprocess.run(
        ["sqlite3", str(server.database), "SELECT badge_code FROM visit ORDER BY id"], capture_output=True, text=True, check=True,
    ).stdout.split()
    assert sorted(qr_codes(document, tmp_path)) == sorted(codes) and len(codes) == 4


def test_an_unknown_terminal_is_refused_at_sign_in_and_none_prints_from_the_browser(printing, browser):
    server, services = printing
    add_printer(server, "--queue", "badge")
    sign_in_at(browser, server, "Skranke 9")
    status_says(browser, "login-error", "ikke satt opp med skriver")
    assert not browser.find_element(By.ID, "nav").is_displayed()

    sign_in_at(browser, server, "")
    wait(browser, shown("nav"))
    check_in(browser, name="Lise Uten-Skriver")
    assert browser.find_element(By.ID, "badge-print-button").text == "Skriv ut"
    assert not browser.find_element(By.ID, "badge-reprint").is_displayed()
    assert browser.find_element(By.ID, "badge-print-status").text == ""
    assert services.printed() == []
