// Who is on site now: the live list with a check-out button per visitor, and the printable evacuation list. The
// latest list is kept in this tab's session storage while signed in (wiped at sign-out), so that it can still be
// shown and printed when the server or the network is gone.
import { fold } from "./hosts.js";
import { clockTime, currentLanguage, t } from "./i18n.js";
import { printDocument } from "./print.js";

const $ = (id) => document.getElementById(id);
const CACHE_KEY = "vaktbok.onsite";
const WAITING_MS = 60 * 60 * 1000;
/** The list on screen, shown again as the search field changes. */
let shown = null;

/** The list stored at the last successful refresh, with when it was fetched; null when there is none. */
function storedList() {
  return JSON.parse(sessionStorage.getItem(CACHE_KEY) || "null");
}

/** Forgets the stored list and empties the table (sign-out: nothing of the session stays on a shared terminal). */
export function forgetOnsite() {
  sessionStorage.removeItem(CACHE_KEY);
  shown = null;
  $("onsite-search").value = "";
  $("onsite-result").textContent = "";
  $("onsite-rows").replaceChildren();
  $("waiting-list").replaceChildren();
  $("waiting").hidden = true;
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
    $("onsite-status").textContent = t("list.updated", { time: clockTime(new Date(), api.session.timeZone) });
  } catch (error) {
    if (error.status === 401) return;
    if (error.status) { $("onsite-error").textContent = t("error.general"); return; }
    const stored = storedList();
    const time = stored && clockTime(new Date(stored.fetchedAt), api.session.timeZone);
    $("onsite-status").textContent = stored ? t("list.offline", { time }) : t("list.offlineNone");
    if (!stored) return;
    list = stored.list;
  }
  show(api, list);
}

/** Fills the table with the visitors whose name holds every word typed in the search field, keeping the focus on
 * the row it was in across a refresh. */
function show(api, list) {
  shown = { api, list };
  const focused = document.activeElement?.dataset.visitId;
  const words = fold($("onsite-search").value).split(" ").filter(Boolean);
  const matching = list.visitors.filter((visitor) => words.every((word) => fold(visitor.name).includes(word)));
  $("onsite-count").textContent = `(${list.count})`;
  const clock = (date) => clockTime(new Date(date), api.session.timeZone);
  const host = (visitor) => (visitor.hostReply ? `${visitor.host}\n${replyText(visitor, clock)}` : visitor.host);
  const rows = matching.map((visitor) => row([visitor.name, host(visitor), clock(visitor.since)], checkOutButton(api, visitor)));
  $("onsite-rows").replaceChildren(...(rows.length ? rows : [emptyRow()]));
  showWaiting(list, clock);
  if (focused) $("onsite-rows").querySelector(`[data-visit-id="${focused}"]`)?.focus();
}

/** The "waiting for their host" panel: everyone who arrived within the hour before the list was made (the
 * server's time, not the terminal's), newest first, with the host's answer so far; hidden when nobody is waiting. */
function showWaiting(list, clock) {
  const since = new Date(list.generatedAt).getTime() - WAITING_MS;
  const waiting = list.visitors.filter((visitor) => new Date(visitor.since).getTime() >= since).reverse();
  $("waiting").hidden = waiting.length === 0;
  $("waiting-list").replaceChildren(...waiting.map((visitor) => {
    const item = document.createElement("li");
    const names = { name: visitor.name, host: visitor.host, since: clock(visitor.since) };
    item.textContent = visitor.hostReply ? t("waiting.answered", { ...names, answer: replyText(visitor, clock) }) : t("waiting.none", names);
    item.dataset.reply = visitor.hostReply || "none";
    return item;
  }));
}

/** The host's answer to `visitor` with its time, e.g. "Verten kommer nå (10:32)". */
function replyText(visitor, clock) {
  return t(`onsite.reply.${visitor.hostReply}`, { time: clock(visitor.hostRepliedAt) });
}

/** Filters the shown list as the receptionist types a name (for a visitor who lost the badge). */
export function searchOnsite() {
  if (shown) show(shown.api, shown.list);
}

/** Opens the server's printable evacuation list and prints it; without a connection, a printout of the stored list. */
export async function printEvacuationList(api) {
  let url;
  try {
    url = await api.objectURL(`/api/v1/sites/${encodeURIComponent(api.session.site)}/onsite?format=html`);
  } catch (error) {
    const stored = storedList();
    if (error.status || !stored) {
      $("onsite-error").textContent = t(error.status ? "error.general" : "list.offlineNone");
      return;
    }
    url = URL.createObjectURL(new Blob([offlinePrintout(api.session, stored)], { type: "text/html;charset=utf-8" }));
  }
  printDocument(url, t("print.evacuation"));
}

/** The stored list as a printable page: names, hosts, local times, and an empty "accounted for" box per person. */
function offlinePrintout(session, stored) {
  const clock = (date) => clockTime(new Date(date), session.timeZone);
  const page = document.implementation.createHTMLDocument(t("onsite.printedAt", { site: session.site, time: clock(stored.fetchedAt) }));
  page.documentElement.lang = currentLanguage();
  const charset = page.createElement("meta");
  charset.setAttribute("charset", "utf-8");
  page.head.prepend(charset);
  const heading = page.createElement("h1");
  heading.textContent = page.title;
  const table = page.createElement("table");
  table.setAttribute("border", "1");
  const header = [t("onsite.name"), t("onsite.host"), t("onsite.since"), t("onsite.accounted")];
  const lines = [header, ...stored.list.visitors.map((visitor) => [visitor.name, visitor.host, clock(visitor.since), "☐"])];
  for (const [index, cells] of lines.entries()) {
    const tr = page.createElement("tr");
    for (const text of cells) {
      const cell = page.createElement(index === 0 ? "th" : "td");
      cell.textContent = text;
      tr.append(cell);
    }
    table.append(tr);
  }
  const main = page.createElement("main");
  main.append(heading, table);
  page.body.append(main);
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

/** Check-out by name, for a lost badge: the first press asks for confirmation (for 6 s), the second checks out and
 * announces the result. */
function checkOutButton(api, visitor) {
  const button = document.createElement("button");
  button.type = "button";
  button.dataset.visitId = visitor.visitId;
  const idle = () => {
    delete button.dataset.confirm;
    button.textContent = t("onsite.checkout");
    button.setAttribute("aria-label", t("onsite.checkoutLabel", { name: visitor.name }));
  };
  idle();
  let timer = null;
  button.addEventListener("click", async () => {
    if (!button.dataset.confirm) {
      button.dataset.confirm = "yes";
      button.textContent = t("onsite.confirm");
      button.setAttribute("aria-label", t("onsite.confirmLabel", { name: visitor.name }));
      timer = setTimeout(idle, 6000);
      return;
    }
    clearTimeout(timer);
    try {
      await api.request("POST", `/api/v1/visits/${visitor.visitId}/checkout`);
      $("onsite-result").textContent = t("onsite.checkedOut", { name: visitor.name });
    } catch (error) {
      if (error.status === 409) $("onsite-result").textContent = t("onsite.checkedOut", { name: visitor.name });
      else $("onsite-result").textContent = t(error.status ? "onsite.checkoutFailed" : "checkout.offline", { name: visitor.name });
    }
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
