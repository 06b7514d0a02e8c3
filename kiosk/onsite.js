// Who is on site now: the live list with a check-out button per visitor, and the printable evacuation list. The
// latest list is kept in this tab's session storage while signed in (wiped at sign-out), so that it can still be
// shown and printed when the server or the network is gone.
import { currentLanguage, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const CACHE_KEY = "vaktbok.onsite";

const clock = () => new Intl.DateTimeFormat(currentLanguage() === "nb" ? "nb-NO" : "en-GB", { hour: "2-digit", minute: "2-digit" });

/** The list stored at the last successful refresh, with when it was fetched; null when there is none. */
function storedList() {
  return JSON.parse(sessionStorage.getItem(CACHE_KEY) || "null");
}

/** Forgets the stored list and empties the table (sign-out: nothing of the session stays on a shared terminal). */
export function forgetOnsite() {
  sessionStorage.removeItem(CACHE_KEY);
  $("onsite-rows").replaceChildren();
  $("onsite-count").textContent = "";
  $("onsite-status").textContent = "";
}

/** Fetches and shows the site's on-site list; without a connection, shows the stored one and says so. */
export async function refreshOnsite(api) {
  let list;
  try {
    list = await api.json("GET", `/api/v1/sites/${encodeURIComponent(api.session.site)}/onsite`);
    sessionStorage.setItem(CACHE_KEY, JSON.stringify({ fetchedAt: new Date().toISOString(), list }));
    $("onsite-error").textContent = "";
    $("onsite-status").textContent = t("onsite.updated", { time: clock().format(new Date()) });
  } catch (error) {
    if (error.status === 401) return;
    if (error.status) { $("onsite-error").textContent = t("error.general"); return; }
    const stored = storedList();
    $("onsite-status").textContent = stored ? t("onsite.offline", { time: clock().format(new Date(stored.fetchedAt)) }) : t("onsite.offlineNone");
    if (!stored) return;
    list = stored.list;
  }
  show(api, list);
}

/** Fills the table, keeping the focus on the row it was in across a refresh. */
function show(api, list) {
  const focused = document.activeElement?.dataset.visitId;
  $("onsite-count").textContent = `(${list.count})`;
  const rows = list.visitors.map((visitor) => row([visitor.name, visitor.host, clock().format(new Date(visitor.since))], checkOutButton(api, visitor)));
  $("onsite-rows").replaceChildren(...(rows.length ? rows : [emptyRow()]));
  if (focused) $("onsite-rows").querySelector(`[data-visit-id="${focused}"]`)?.focus();
}

/** Opens the server's printable evacuation list and prints it; without a connection, a printout of the stored list. */
export async function printEvacuationList(api) {
  let url;
  try {
    url = await api.objectURL(`/api/v1/sites/${encodeURIComponent(api.session.site)}/onsite?format=html`);
  } catch (error) {
    const stored = storedList();
    if (error.status || !stored) {
      $("onsite-error").textContent = t(error.status ? "error.general" : "onsite.offlineNone");
      return;
    }
    url = URL.createObjectURL(new Blob([offlinePrintout(api.session.site, stored)], { type: "text/html;charset=utf-8" }));
  }
  const printout = window.open(url);
  printout?.addEventListener("load", () => printout.print());
}

/** The stored list as a printable page: names, hosts, local times, and an empty "accounted for" box per person. */
function offlinePrintout(site, stored) {
  const page = document.implementation.createHTMLDocument(t("onsite.printedAt", { site, time: clock().format(new Date(stored.fetchedAt)) }));
  page.documentElement.lang = currentLanguage();
  const charset = page.createElement("meta");
  charset.setAttribute("charset", "utf-8");
  page.head.prepend(charset);
  const heading = page.createElement("h1");
  heading.textContent = page.title;
  const table = page.createElement("table");
  table.setAttribute("border", "1");
  const header = [t("onsite.name"), t("onsite.host"), t("onsite.since"), t("onsite.accounted")];
  const lines = [header, ...stored.list.visitors.map((visitor) => [visitor.name, visitor.host, clock().format(new Date(visitor.since)), "☐"])];
  for (const [index, cells] of lines.entries()) {
    const tr = page.createElement("tr");
    for (const text of cells) {
      const cell = page.createElement(index === 0 ? "th" : "td");
      cell.textContent = text;
      tr.append(cell);
    }
    table.append(tr);
  }
  page.body.append(heading, table);
  return "<!DOCTYPE html>" + page.documentElement.outerHTML;
}

function row(texts, action) {
  const tr = document.createElement("tr");
  for (const text of texts) {
    const cell = document.createElement("td");
    cell.textContent = text;
    tr.append(cell);
  }
  const cell = document.createElement("td");
  cell.append(action);
  tr.append(cell);
  return tr;
}

function checkOutButton(api, visitor) {
  const button = document.createElement("button");
  button.type = "button";
  button.dataset.visitId = visitor.visitId;
  button.textContent = t("onsite.checkout");
  button.setAttribute("aria-label", t("onsite.checkoutLabel", { name: visitor.name }));
  button.addEventListener("click", async () => {
    await api.request("POST", `/api/v1/visits/${visitor.visitId}/checkout`).catch(() => {});
    await refreshOnsite(api);
  });
  return button;
}

function emptyRow() {
  const tr = document.createElement("tr");
  const cell = document.createElement("td");
  cell.colSpan = 4;
  cell.textContent = t("onsite.empty");
  tr.append(cell);
  return tr;
}
