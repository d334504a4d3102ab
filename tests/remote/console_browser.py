#!/usr/bin/python3
"""The 场控 console in a real browser: Debian's Chromium, headless, driven by
WebDriver (chromium-driver + python3-selenium from apt) against a running
studio. Prints one JSON line of what it saw; the C++ launch test checks it and
the studio's own records.

usage: console_browser.py PORT PRODUCER_PASSWORD VIEWER_PASSWORD NOTE_TEXT
"""
import http.server
import json
import sys
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import ElementClickInterceptedException, ElementNotInteractableException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

port, producer, viewer, note = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
console = f"http://127.0.0.1:{port}/"
result = {}


def browser(width, height):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={width},{height}",
                "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    return driver


def wait(driver, what, seconds=60):
    return WebDriverWait(driver, seconds, poll_frequency=0.2).until(lambda d: what(d))


def log_in(driver, password):
    driver.get(console)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.ID, "connect").click()
    wait(driver, lambda d: d.find_element(By.ID, "console").is_displayed() and d.find_element(By.ID, "onAirTitle").get_attribute("data-sku"))


def click_in_view(driver, selector):
    """Clicks as a finger would: scrolled to the middle, once nothing (the sticky bar) lies over it. Found again
    on each try: a state update may have replaced the button."""
    def attempt(d):
        try:
            element = d.find_element(By.CSS_SELECTOR, selector)
            d.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
            if not d.execute_script(
                    "const r = arguments[0].getBoundingClientRect();"
                    "return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === arguments[0]", element):
                return False
            element.click()
            return True
        except (StaleElementReferenceException, ElementClickInterceptedException, ElementNotInteractableException):
            return False
    wait(driver, attempt)


def text(driver, element_id):
    return driver.find_element(By.ID, element_id).text


# The producer, on a phone-sized screen.
phone = browser(390, 844)
try:
    log_in(phone, producer)
    result["title"] = phone.title
    result["roleProducer"] = not phone.execute_script("return document.body.classList.contains('viewer')")
    result["firstStateMs"] = phone.execute_script("return window.shopcastFirstStateMs")
    # What the page cost to load: the page, its script and style (no asset from anywhere else).
    entries = phone.execute_script(
        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
        ".map(e => ({name: e.name, bytes: e.transferSize}))")
    result["transferBytes"] = sum(e["bytes"] for e in entries)
    result["foreignAssets"] = [e["name"] for e in entries if not e["name"].startswith(console)]

    # Put another product on air from the lineup.
    before = phone.find_element(By.ID, "onAirTitle").get_attribute("data-sku")
    buttons = phone.find_elements(By.CSS_SELECTOR, "#lineup button[data-sku]")
    target = next(b.get_attribute("data-sku") for b in buttons if b.get_attribute("data-sku") != before)
    click_in_view(phone, f"#lineup button[data-sku='{target}']")
    wait(phone, lambda d: d.find_element(By.ID, "onAirTitle").get_attribute("data-sku") == target)
    result["onAirBefore"], result["onAirAfter"] = before, target

    # A lottery: open entries, let the chat enter (the demo chat types 666), draw.
    click_in_view(phone, "button[data-act='lottery.open']")
    wait(phone, lambda d: d.find_element(By.ID, "lotteryState").get_attribute("data-state") == "open")
    wait(phone, lambda d: int(d.find_element(By.ID, "lotteryState").get_attribute("data-entrants")) >= 1, 300)
    click_in_view(phone, "button[data-act='lottery.draw']")
    wait(phone, lambda d: d.find_element(By.ID, "lotteryState").get_attribute("data-state") == "drawn")
    wait(phone, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#winners li")) >= 1)
    result["winners"] = [li.text for li in phone.find_elements(By.CSS_SELECTOR, "#winners li")]
    result["commitment"] = text(phone, "commitment")

    # A note to the host.
    phone.find_element(By.ID, "noteText").send_keys(note)
    click_in_view(phone, "#noteForm button")
    wait(phone, lambda d: note in d.find_element(By.ID, "noteNow").text)
    result["noteShown"] = text(phone, "noteNow")
    # The demo chat replays orders too: the show's sales are on the console.
    wait(phone, lambda d: int(d.find_element(By.ID, "gmv").get_attribute("data-cents") or "0") > 0, 300)
    result["gmvText"] = text(phone, "gmv")
    # The orders ticker on stream, switched from the console.
    ticker = phone.find_element(By.ID, "tickerBtn")
    ticker_was = ticker.get_attribute("data-on")
    # Below the fold on a phone, under the sticky bar: in view first, as a thumb would scroll.
    click_in_view(phone, "#tickerBtn")
    wait(phone, lambda d: d.find_element(By.ID, "tickerBtn").get_attribute("data-on") not in (ticker_was, None))
    result["tickerBefore"], result["tickerAfter"] = ticker_was, phone.find_element(By.ID, "tickerBtn").get_attribute("data-on")
    result["tickerText"] = text(phone, "tickerBtn")
    phone.save_screenshot(sys.argv[5]) if len(sys.argv) > 5 else None
finally:
    phone.quit()

# The merchant, read only, on a tablet: sees the show, cannot act.
tablet = browser(1024, 768)
try:
    log_in(tablet, viewer)
    result["roleViewer"] = tablet.execute_script("return document.body.classList.contains('viewer')")
    result["viewerSeesOnAir"] = tablet.find_element(By.ID, "onAirTitle").get_attribute("data-sku")
    # Counted in one script turn: a state update between finding and asking must not change the answer.
    result["viewerButtonsShown"] = tablet.execute_script(
        "return [...document.querySelectorAll('[data-act]')].filter((b) => b.checkVisibility({visibilityProperty: true})).length")
    # Shown anyway and pressed (a page someone edited), the studio still refuses. Shown and pressed in one
    # script turn: the page's state update every second hides the buttons again, and a WebDriver click between
    # its hit test and its press could land on what is under a button just hidden (no request, no refusal).
    tablet.execute_script("document.body.classList.remove('viewer');"
                          "document.querySelector(\"button[data-act='product.next']\").click()")
    # The refusal's class and text stay when the toast hides again after 5 s: no window to catch.
    wait(tablet, lambda d: "toast bad" == d.find_element(By.ID, "toast").get_attribute("class"))
    result["viewerRefusal"] = tablet.find_element(By.ID, "toast").get_attribute("textContent")
    time.sleep(1.5)  # a refresh or two
    result["viewerOnAirAfter"] = tablet.find_element(By.ID, "onAirTitle").get_attribute("data-sku")

    # A page of another origin in the same browser cannot open the studio's socket.
    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = b"<!DOCTYPE html><title>elsewhere</title>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    other = http.server.HTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    tablet.get(f"http://127.0.0.1:{other.server_address[1]}/")
    result["otherOrigin"] = tablet.execute_async_script(
        """const done = arguments[arguments.length - 1];
        const ws = new WebSocket('ws://127.0.0.1:%s/', 'obswebsocket.json');
        let hello = false;
        ws.onmessage = () => { hello = true; };
        ws.onclose = (e) => done({hello, code: e.code});
        setTimeout(() => done({hello, code: -1}), 20000);""" % port)
    other.shutdown()
finally:
    tablet.quit()

print(json.dumps(result, ensure_ascii=False))
