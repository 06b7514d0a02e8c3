// The reception terminal: sign-in, check-in with badge, one scan field (a badge checks out, an invitation checks in),
// who is expected and who is on site.
import { Api, ApiError } from "./api.js";
import { Connection } from "./connection.js";
import { HostPicker } from "./hosts.js";
import { applyLanguage, t, toggleLanguage } from "./i18n.js";
import { recordConsent, showConsentForm } from "./consent.js";
import { forgetGroups, refreshGroups, showGroups } from "./groups.js";
import { forgetExpected, inviteHostPicker, refreshExpected, sendInvite, setDefaultDate, showExpected } from "./expected.js";
import { forgetOnsite, printEvacuationList, refreshOnsite, searchOnsite } from "./onsite.js";
import { forgetPrintout, printDocument } from "./print.js";
import { PrintFollower, printQueue } from "./printjobs.js";
import {
  endRollCall, forgetRollCall, pendingMarks, printRollCallReport, refreshRollCall, show as showRollCall, startRollCall,
} from "./rollcall.js";

const PRIVACY_NOTICE_VERSION = "2026-11";
const ONSITE_REFRESH_MS = 10000;
const ROLLCALL_REFRESH_MS = 3000;
const RESULT_SHOWN_MS = 4000;
const TERMINAL_KEY = "vaktbok.terminal";
const $ = (id) => document.getElementById(id);

let listTimer = null;
let sessionTimer = null;
let resultTimer = null;
let badgeURL = null;
/** The visit a scan just checked in, whose badge the scan screen offers to print. */
let scannedIn = null;
let checkinInFlight = false;
let checkinKey = null;
let duplicateOf = null;
let invitedBy = null;
/** The screen the badge screen's "next" goes back to. */
let afterBadge = "checkin";
const connection = new Connection($("connection"), reloadScreen);
const api = new Api(() => showLogin("login.expired"), connection);
const hosts = new HostPicker(api, $("host-search"), $("host-options"), () => api.session.site);
/** Every print job this terminal started, until it ends. */
const printing = printQueue(api);
/** The badge screen's print job; "print again" waits until it has printed or failed, so a double tap prints one badge. */
const badgePrint = new PrintFollower(printing, $("badge-print-status"), () => { $("badge-reprint").disabled = badgePrint.busy; });
const scanPrint = new PrintFollower(printing, $("scan-print-status"));
/** The visit on the badge screen. */
let badgeVisit = null;

function showScreen(name) {
  for (const screen of document.querySelectorAll(".screen")) screen.hidden = screen.id !== `screen-${name}`;
  for (const button of document.querySelectorAll("[data-screen]")) {
    if (button.dataset.screen === name) button.setAttribute("aria-current", "page");
    else button.removeAttribute("aria-current");
  }
  clearInterval(listTimer);
  if (name === "checkout") $("scan").focus();
  if (name === "expected") $("expected-search").focus();
  if (name === "checkin") $("visitor-name").focus();
  if (name === "groups") refreshGroups(api);
  if (name === "consent") showConsentForm(api);
  if (name === "expected") {
    setDefaultDate(api);
    refreshExpected(api, showBadge);
    listTimer = setInterval(() => refreshExpected(api, showBadge), ONSITE_REFRESH_MS);
  }
  if (name === "onsite") {
    refreshOnsite(api);
    listTimer = setInterval(() => refreshOnsite(api), ONSITE_REFRESH_MS);
  }
  if (name === "rollcall") {
    refreshRollCall(api);
    listTimer = setInterval(() => refreshRollCall(api), ROLLCALL_REFRESH_MS);
  }
}

/** The server answers again: the open list reloads at once instead of at its next refresh. */
function reloadScreen() {
  if (!api.signedIn) return;
  if (!$("screen-onsite").hidden) refreshOnsite(api);
  if (!$("screen-groups").hidden) refreshGroups(api);
  if (!$("screen-rollcall").hidden) refreshRollCall(api);
  if (!$("screen-expected").hidden) refreshExpected(api, showBadge);
}

/** Sign-out on a shared terminal: nothing of the session's visitors stays in forms, the page or browser storage. */
function wipeSession() {
  connection.reset();
  forgetOnsite();
  forgetGroups();
  forgetExpected();
  forgetRollCall();
  forgetPrintout();
  printing.forget();
  document.body.classList.remove("has-printer");
  badgePrint.stop();
  scanPrint.stop();
  badgeVisit = null;
  if (badgeURL) URL.revokeObjectURL(badgeURL);
  badgeURL = null;
  $("badge-image").removeAttribute("src");
  $("badge-image").alt = "";
  $("checkin-form").reset();
  hosts.choose(null);
  checkinKey = null;
  hideDuplicate();
  hideInvited();
  clearCheckinErrors();
  $("scan").value = "";
  $("scan-result").textContent = "";
  scannedIn = null;
  $("scan-badge").hidden = true;
  $("consent-form").reset();
}

function showLogin(messageKey) {
  clearTimeout(sessionTimer);
  wipeSession();
  $("nav").hidden = true;
  $("site-name").textContent = "";
  $("login-error").textContent = messageKey ? t(messageKey) : "";
  $("login-form").reset();
  $("login-terminal").value = localStorage.getItem(TERMINAL_KEY) ?? "";
  showScreen("login");
  $("login-username").focus();
}

/** A fire warden works roll calls only; everyone else sees the whole desk. */
const wardenOnly = () => api.session?.role === "firewarden";

function startSession() {
  const { expiresAt, siteName } = api.session;
  $("site-name").textContent = siteName ? `· ${siteName}` : "";
  $("nav").hidden = false;
  for (const button of document.querySelectorAll("[data-screen]")) button.hidden = wardenOnly() && button.dataset.screen !== "rollcall";
  clearTimeout(sessionTimer);
  sessionTimer = setTimeout(async () => { await api.signOut(); showLogin("login.expired"); }, new Date(expiresAt) - new Date());
  showScreen(wardenOnly() ? "rollcall" : "checkin");
}

async function signIn(event) {
  event.preventDefault();
  $("login-error").textContent = "";
  try {
    const terminal = $("login-terminal").value.trim();
    const session = await api.signIn($("login-username").value.trim(), $("login-password").value, terminal);
    const site = session.site || $("login-site").value.trim().toUpperCase();
    if (!site) {
      await api.signOut();
      $("login-error").textContent = t("login.siteRequired");
      return;
    }
    const path = session.role === "firewarden" ? `/api/v1/rollcalls/current?site=${encodeURIComponent(site)}` : `/api/v1/sites/${encodeURIComponent(site)}/onsite`;
    const info = await api.json("GET", path);
    const printsBadges = terminal && session.role !== "firewarden";
    const printer = printsBadges ? await terminalPrinter(site, terminal) : null;
    if (printsBadges && !printer) {
      await api.signOut();
      $("login-error").textContent = t("login.terminalUnknown");
      $("login-terminal").focus();
      $("login-error").scrollIntoView({ block: "nearest" });
      return;
    }
    if (terminal) localStorage.setItem(TERMINAL_KEY, terminal); // the desk's name, a setting of the device: no personal data
    else localStorage.removeItem(TERMINAL_KEY);
    api.remember({ ...session, site, siteName: info.siteName, timeZone: info.timeZone, printer });
    startSession();
  } catch (error) {
    if (api.session) await api.signOut();
    const key = error.status === 429 ? "login.throttled" : error.status === 401 ? "login.failed" : error.field === "site" || error.status === 404 || error.status === 403 ? "error.site" : "error.general";
    $("login-error").textContent = t(key);
  }
}

/** The name of the printer `terminal` (any case) prints to at `site`, or null when it has none. */
async function terminalPrinter(site, terminal) {
  const { printers } = await api.json("GET", `/api/v1/printers?site=${encodeURIComponent(site)}`);
  const wanted = terminal.toLowerCase();
  return printers.find((printer) => printer.terminals.some((name) => name.toLowerCase() === wanted))?.name ?? null;
}

/** Sign-out: roll-call marks not yet sent get one more try, and the warden decides if some still could not go. */
async function signOut() {
  if (pendingMarks()) await refreshRollCall(api);
  if (pendingMarks() && !window.confirm(t("rollcall.unsent", { count: pendingMarks() }))) return;
  await api.signOut();
  showLogin();
}

function showFieldError(field, message) {
  const target = $(`${field}-error`) ?? $("checkin-error");
  target.textContent = message;
  const input = { name: "visitor-name", phone: "visitor-phone", hostId: "host-search" }[field];
  if (input) {
    $(input).setAttribute("aria-invalid", "true");
    $(input).focus();
  }
}

function clearCheckinErrors() {
  for (const id of ["name-error", "phone-error", "hostId-error", "checkin-error"]) $(id).textContent = "";
  for (const id of ["visitor-name", "visitor-phone", "host-search"]) $(id).removeAttribute("aria-invalid");
}

/** The idempotency key for a check-in of `content`: kept while the same form is sent again (a retry after a lost
 * answer replays the visit instead of making a second), new for new content. */
function idempotencyKey(content) {
  if (checkinKey?.content !== content) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    checkinKey = { content, key: Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("") };
  }
  return checkinKey.key;
}

/** The submit button while a check-in is on its way: disabled and busy, so a second tap or Enter does nothing. */
function setCheckinBusy(busy) {
  checkinInFlight = busy;
  const button = $("checkin-submit");
  button.disabled = busy;
  button.setAttribute("aria-busy", String(busy));
  button.textContent = t(busy ? "checkin.submitting" : "checkin.submit");
}

function showDuplicate(visitId) {
  duplicateOf = visitId;
  $("duplicate").hidden = false;
  $("duplicate-checkout").focus();
}

function hideDuplicate() {
  duplicateOf = null;
  $("duplicate").hidden = true;
}

/** A walk-in whose phone has an invitation today: the desk sees whom the invitation names and checks it in, or
 * registers a separate visit (someone else with the same phone). */
async function showInvited(inviteId) {
  invitedBy = inviteId;
  $("invited-message").textContent = t("checkin.invited");
  $("invited").hidden = false;
  $("invited-arrive").focus();
  try {
    const invite = await api.json("GET", `/api/v1/invites/${inviteId}`);
    const when = invite.from ? `${invite.from}–${invite.until}` : t("expected.allDay");
    if (invitedBy === inviteId) $("invited-message").textContent = t("checkin.invitedWho", { name: invite.visitor.name, host: invite.host.name, when });
  } catch {
    // The general question stays: the desk can still choose.
  }
}

function hideInvited() {
  invitedBy = null;
  $("invited").hidden = true;
}

async function arriveInvited() {
  if (checkinInFlight || !invitedBy) return;
  setCheckinBusy(true);
  try {
    const visit = await api.json("POST", `/api/v1/invites/${invitedBy}/arrive`);
    hideInvited();
    $("checkin-form").reset();
    hosts.choose(null);
    checkinKey = null;
    await showBadge(visit, "checkin");
  } catch (error) {
    if (!(error instanceof ApiError)) return showFieldError("checkin", t("error.offline"));
    if (error.status !== 401) showFieldError("checkin", t("error.general"));
  } finally {
    setCheckinBusy(false);
  }
}

/** The badge of `visit` on the badge screen, ready to print; "next" returns to `returnTo`. */
async function showBadge(visit, returnTo) {
  afterBadge = returnTo;
  if (badgeURL) URL.revokeObjectURL(badgeURL);
  badgeURL = await api.objectURL(`/api/v1/visits/${visit.id}/badge.svg`);
  $("badge-image").src = badgeURL;
  $("badge-image").alt = t("badge.alt", { name: visit.visitor.name });
  badgeVisit = visit;
  showScreen("badge");
  showPrinting(visit.printJob);
  (visit.printJob ? $("badge-next") : $("badge-print-button")).focus();
}

/** With a terminal printer the badge prints by itself: the screen follows the job and offers to print again or from
 * the browser; without one, the browser's print dialog is the way. */
function showPrinting(job) {
  labelPrintButtons();
  if (job) badgePrint.follow(job);
  else badgePrint.stop();
  $("badge-reprint").disabled = badgePrint.busy;
}

/** The badge screen's buttons in the current language: with a printer, "print again" and "from the browser". */
function labelPrintButtons() {
  const printer = api.session?.printer;
  document.body.classList.toggle("has-printer", Boolean(printer));
  $("badge-print-button").textContent = t(printer ? "badge.printBrowser" : "badge.print");
  $("badge-print-button").classList.toggle("primary", !printer);
  $("badge-reprint").hidden = !printer;
  $("badge-reprint").textContent = t("badge.printAgain", { printer });
}

/** The browser's print dialog for the badge on screen; a job still waiting for the printer is cancelled first, so
 * that the badge does not come out twice when the printer is back. */
async function printFromBrowser() {
  await badgePrint.cancelIfBusy();
  window.print();
}

/** Sends the badge on screen to the terminal's printer once more. */
async function reprintBadge() {
  if (!badgeVisit || badgePrint.busy) return;
  $("badge-reprint").disabled = true;
  try {
    badgePrint.follow(await api.json("POST", "/api/v1/print-jobs", { visitIds: [badgeVisit.id], site: api.session.site }));
  } catch (error) {
    if (error.status === 401) return;
    badgePrint.notSent();
    $("badge-reprint").disabled = false;
  }
}

async function checkIn(event, confirm = {}) {
  event?.preventDefault();
  if (checkinInFlight) return;
  clearCheckinErrors();
  hideDuplicate();
  hideInvited();
  if (!hosts.selected) {
    showFieldError("hostId", t("error.hostId"));
    return;
  }
  const body = {
    name: $("visitor-name").value, phone: $("visitor-phone").value, hostId: hosts.selected.id,
    site: api.session.site, privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
  };
  const headers = { "Idempotency-Key": idempotencyKey(JSON.stringify(body)) };
  setCheckinBusy(true);
  try {
    const visit = await api.json("POST", "/api/v1/visits", { ...body, ...confirm }, headers);
    checkinKey = null;
    $("checkin-form").reset();
    hosts.choose(null);
    await showBadge(visit, "checkin");
  } catch (error) {
    if (!(error instanceof ApiError)) return showFieldError("checkin", t("error.offline"));
    if (error.status === 401) return;
    if (error.field === "duplicate") return showDuplicate(error.visitId);
    if (error.field === "invite") return showInvited(error.inviteId);
    const field = ["name", "phone", "hostId"].includes(error.field) ? error.field : "checkin";
    showFieldError(field, field === "checkin" ? t("error.general") : t(`error.${field}`));
  } finally {
    setCheckinBusy(false);
  }
}

/** The desk's answer to "already on site": check the earlier visit out first, or keep both. */
async function resolveDuplicate(checkOutEarlier) {
  if (checkinInFlight) return;
  if (checkOutEarlier && duplicateOf) {
    try {
      await api.json("POST", `/api/v1/visits/${duplicateOf}/checkout`);
    } catch (error) {
      if (!(error instanceof ApiError)) return showFieldError("checkin", t("error.offline"));
      if (error.status !== 409) return showFieldError("checkin", t("error.general"));
    }
  }
  await checkIn(null, checkOutEarlier ? {} : { confirmDuplicate: true });
}

/** One scan field: the server decides from the code whether it checks a visitor out (a badge) or in (an invitation).
 * The desk stays on the scan field, so the next person in the queue can scan at once; an invited arrival's badge is
 * offered by a button beside the result. The same invitation scanned twice in a row is no check-out. */
async function scan(event) {
  event.preventDefault();
  const code = $("scan").value.trim();
  $("scan").value = "";
  if (!code) return;
  scannedIn = null;
  $("scan-badge").hidden = true;
  scanPrint.stop();
  try {
    const { action, visit } = await api.json("POST", "/api/v1/scan", { code });
    const name = visit.visitor.name;
    if (action === "checkedIn") {
      scannedIn = visit;
      $("scan-badge").textContent = t(visit.printJob ? "checkout.printBadgeBrowser" : "checkout.printBadge", { name });
      $("scan-badge").hidden = false;
      if (visit.printJob) scanPrint.follow(visit.printJob, name);
    }
    const key = { checkedIn: "checkout.welcome", alreadyIn: "checkout.alreadyIn", checkedOut: "checkout.done" }[action];
    showScanResult("success", t(key, { name }));
  } catch (error) {
    if (error.status === 401) return;
    const key = !(error instanceof ApiError) ? "checkout.offline"
      : error.field === "date" ? "checkout.wrongDay" : error.status === 409 ? "checkout.already" : "checkout.unknown";
    showScanResult("failure", t(key));
  }
  $("scan").focus();
}

/** A result is shown large; a success clears after a few seconds, a failure stays until the next scan. */
function showScanResult(kind, text) {
  const result = $("scan-result");
  result.className = `scan-result ${kind}`;
  result.textContent = text;
  clearTimeout(resultTimer);
  if (kind === "success") resultTimer = setTimeout(() => { result.textContent = ""; result.className = "scan-result"; }, RESULT_SHOWN_MS);
}

/** Prints the badge of the visitor the last scan checked in, from a hidden frame: the scan screen stays. */
async function printScannedBadge() {
  if (!scannedIn) return;
  await scanPrint.cancelIfBusy();
  try {
    printDocument(await api.objectURL(`/api/v1/visits/${scannedIn.id}/badge.svg`), t("print.badge"));
  } catch (error) {
    if (error.status !== 401) showScanResult("failure", t(error instanceof ApiError ? "error.general" : "checkout.offline"));
  }
}

function wire() {
  $("language").addEventListener("click", () => {
    toggleLanguage();
    applyLanguage();
    connection.render();
    printing.render();
    badgePrint.render();
    scanPrint.render();
    labelPrintButtons();
    if (!$("screen-onsite").hidden) refreshOnsite(api);
    if (!$("screen-groups").hidden) showGroups(api);
    if (!$("screen-rollcall").hidden) showRollCall(api);
    if (!$("screen-consent").hidden) showConsentForm(api);
    if (!$("screen-expected").hidden) showExpected(api, showBadge);
  });
  $("login-form").addEventListener("submit", signIn);
  $("logout").addEventListener("click", signOut);
  // Scanning never loses a scan: whatever control was used on the check-out screen, the scan field gets the focus back,
  // so the scanner's Enter goes to the scan and not to, say, the language button.
  document.addEventListener("click", () => { if (!$("screen-checkout").hidden) $("scan").focus(); });
  for (const button of document.querySelectorAll("[data-screen]")) button.addEventListener("click", () => showScreen(button.dataset.screen));
  $("checkin-form").addEventListener("submit", (event) => checkIn(event));
  $("duplicate-checkout").addEventListener("click", () => resolveDuplicate(true));
  $("duplicate-keep").addEventListener("click", () => resolveDuplicate(false));
  $("consent-form").addEventListener("submit", (event) => recordConsent(api, event));
  $("badge-print-button").addEventListener("click", printFromBrowser);
  $("badge-reprint").addEventListener("click", reprintBadge);
  $("badge-next").addEventListener("click", () => showScreen(afterBadge));
  $("checkout-form").addEventListener("submit", scan);
  $("scan-badge").addEventListener("click", printScannedBadge);
  $("invited-arrive").addEventListener("click", arriveInvited);
  $("invited-new").addEventListener("click", () => { hideInvited(); checkIn(null, { ignoreInvite: true }); });
  $("expected-search").addEventListener("input", () => showExpected(api, showBadge));
  $("invite-form").addEventListener("submit", (event) => sendInvite(api, event, showBadge));
  inviteHostPicker(api);
  $("scan").addEventListener("focusout", (event) => {
    if (!event.relatedTarget && !$("screen-checkout").hidden) setTimeout(() => $("scan").focus(), 0);
  });
  $("onsite-print").addEventListener("click", () => printEvacuationList(api));
  $("onsite-search").addEventListener("input", searchOnsite);
  $("groups-search").addEventListener("input", () => showGroups(api));
  $("rollcall-start").addEventListener("submit", (event) => startRollCall(api, event));
  $("rollcall-search").addEventListener("input", () => showRollCall(api));
  $("rollcall-end").addEventListener("click", (event) => endRollCall(api, event.currentTarget));
  $("rollcall-report").addEventListener("click", () => printRollCallReport(api));
}

wire();
applyLanguage();
// The app shell is kept for a reload without a network (needs a secure context: https, or localhost).
navigator.serviceWorker?.register("/sw.js").catch(() => {});
$("notice-version").textContent = PRIVACY_NOTICE_VERSION;
if (api.signedIn && api.session.site) startSession();
else showLogin();
