"""axe-core (a current 4.x, from the axe-playwright-python wheel) and a focus-indicator contrast check, run through
Selenium on whatever page or frame the browser is in."""
import importlib.util
import pathlib

AXE_SOURCE = (pathlib.Path(importlib.util.find_spec("axe_playwright_python").submodule_search_locations[0]) / "axe.min.js").read_text()

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ["violations"] })
  .then((result) => done(result.violations.map((violation) => ({
    rule: violation.id, impact: violation.impact, help: violation.help,
    nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
  }))))
  .catch((error) => done([{ rule: "axe-error", help: String(error) }]));
"""

# Tabs through every focusable control and measures the focus outline against the background it is drawn on (the
# nearest opaque background of the control's parent chain): WCAG 2.2 asks for a 3:1 contrast (SC 1.4.11 / 2.4.13).
FOCUS_CONTRASTS = """
const parse = (color) => { const [r, g, b, a = 1] = color.match(/[\\d.]+/g).map(Number); return { r, g, b, a }; };
const channel = (value) => { const c = value / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
const luminance = ({ r, g, b }) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const ratio = (x, y) => { const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p); return (l1 + 0.05) / (l2 + 0.05); };
const behind = (element) => {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const color = parse(getComputedStyle(node).backgroundColor);
    if (color.a > 0.5) return color;
  }
  return { r: 255, g: 255, b: 255, a: 1 };
};
const focusable = [...document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])")]
  .filter((element) => !element.disabled && element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true }));
const results = [];
for (const element of focusable) {
  element.focus({ focusVisible: true });
  const style = getComputedStyle(element);
  const width = parseFloat(style.outlineWidth) || 0;
  const contrast = style.outlineStyle === "none" || width < 2 ? 0 : ratio(parse(style.outlineColor), behind(element));
  results.push({ control: element.id || element.className || element.tagName, contrast: Math.round(contrast * 100) / 100 });
  element.blur();
}
return results;
"""


def axe_violations(browser):
    """The axe-core violations of the page or frame the browser is in."""
    browser.execute_script(AXE_SOURCE)
    return browser.execute_async_script(RUN_AXE)


def weak_focus_indicators(browser):
    """The visible focusable controls (not those in a closed <details> or hidden) whose focus outline has less than 3:1 contrast against its background."""
    return [result for result in browser.execute_script(FOCUS_CONTRASTS) if result["contrast"] < 3]


def assert_fits_laptop_and_phone(browser):
    """axe-core finds nothing and every focus indicator shows at the window's size (a laptop's), then axe-core finds
    nothing and nothing scrolls sideways at a phone's size."""
    assert axe_violations(browser) == [] and weak_focus_indicators(browser) == []
    browser.set_window_size(390, 844)
    assert axe_violations(browser) == []
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling on a phone"
