// The reception terminal: sign-in, check-in with badge, check-out by scanning, who is on site.
import { Api, ApiError } from "./api.js";
import { translations } from "./i18n.js";

const PRIVACY_NOTICE_VERSION = "2026-11";
const ONSITE_REFRESH_MS = 10000;
const RESULT_SHOWN_MS = 4000;
const $ = (id) => document.getElementById(id);

let language = localStorage.getItem("vaktbok.language") === "en" ? "en" : "nb";
let selectedHost = null;
let hostSearchTimer = null;
let onsiteTimer = null;
let sessionTimer = null;
let resultTimer = null;
let badgeURL = null;
const api = new Api(() => showLogin("login.expired"));

function t(key, values = {}) {
  const text = translations[language][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");
}

function applyLanguage() {
  document.documentElement.lang = language === "nb" ? "nb" : "en";
  for (const element of document.querySelectorAll("[data-i18n]")) element.textContent = t(element.dataset.i18n);
  $("notice-version").textContent = PRIVACY_NOTICE_VERSION;
}

function showScreen(name) {
  for (const screen of document.querySelectorAll(".screen")) screen.hidden = screen.id !== `screen-${name}`;
  for (const button of document.querySelectorAll("[data-screen]")) {
    if (button.dataset.screen === name) button.setAttribute("aria-current", "page");
    else button.removeAttribute("aria-current");
  }
  clearInterval(onsiteTimer);
  if (name === "checkout") $("scan").focus();
  if (name === "checkin") $("visitor-name").focus();
  if (name === "onsite") {
    refreshOnsite();
    onsiteTimer = setInterval(refreshOnsite, ONSITE_REFRESH_MS);
  }
}

function showLogin(messageKey) {
  clearTimeout(sessionTimer);
  $("nav").hidden = true;
  $("site-name").textContent = "";
  $("login-error").textContent = messageKey ? t(messageKey) : "";
  $("login-form").reset();
  showScreen("login");
  $("login-username").focus();
}

function startSession() {
  const { expiresAt, siteName } = api.session;
  $("site-name").textContent = siteName ? `· ${siteName}` : "";
  $("nav").hidden = false;
  clearTimeout(sessionTimer);
  sessionTimer = setTimeout(async () => { await api.signOut(); showLogin("login.expired"); }, new Date(expiresAt) - new Date());
  showScreen("checkin");
}

async function signIn(event) {
  event.preventDefault();
  $("login-error").textContent = "";
  try {
    const session = await api.signIn($("login-username").value.trim(), $("login-password").value);
    const site = session.site || $("login-site").value.trim().toUpperCase();
    if (!site) {
      await api.signOut();
      $("login-error").textContent = t("login.siteRequired");
      return;
    }
    const onsite = await api.json("GET", `/api/v1/sites/${encodeURIComponent(site)}/onsite`);
    api.remember({ ...session, site, siteName: onsite.siteName });
    startSession();
  } catch (error) {
    if (api.session) await api.signOut();
    const key = error.status === 429 ? "login.throttled" : error.status === 401 ? "login.failed" : error.field === "site" || error.status === 404 || error.status === 403 ? "error.site" : "error.general";
    $("login-error").textContent = t(key);
  }
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

async function checkIn(event) {
  event.preventDefault();
  clearCheckinErrors();
  if (!selectedHost) {
    showFieldError("hostId", t("error.hostId"));
    return;
  }
  try {
    const visit = await api.json("POST", "/api/v1/visits", {
      name: $("visitor-name").value, phone: $("visitor-phone").value, hostId: selectedHost.id,
      site: api.session.site, privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    });
    if (badgeURL) URL.revokeObjectURL(badgeURL);
    badgeURL = await api.objectURL(`/api/v1/visits/${visit.id}/badge.svg`);
    $("badge-image").src = badgeURL;
    $("badge-image").alt = t("badge.alt", { name: visit.visitor.name });
    $("checkin-form").reset();
    selectHost(null);
    showScreen("badge");
    $("badge-print-button").focus();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) return;
    const field = ["name", "phone", "hostId"].includes(error.field) ? error.field : "checkin";
    showFieldError(field, field === "checkin" ? t("error.general") : t(`error.${field}`));
  }
}

function selectHost(host) {
  selectedHost = host;
  $("host-search").value = host ? host.name : "";
  closeHostOptions();
}

function closeHostOptions() {
  $("host-options").hidden = true;
  $("host-search").setAttribute("aria-expanded", "false");
}

async function searchHosts() {
  selectedHost = null;
  const query = $("host-search").value.trim();
  if (!query) return closeHostOptions();
  const params = new URLSearchParams({ q: query, site: api.session.site });
  const hosts = await api.json("GET", `/api/v1/hosts?${params}`).catch(() => []);
  const list = $("host-options");
  list.replaceChildren(...hosts.map((host, index) => {
    const option = document.createElement("li");
    option.role = "option";
    option.id = `host-option-${index}`;
    option.tabIndex = -1;
    option.textContent = host.name;
    option.addEventListener("click", () => { selectHost(host); $("host-search").focus(); });
    option.addEventListener("keydown", (event) => moveInOptions(event, host));
    return option;
  }));
  if (hosts.length === 0) {
    const empty = document.createElement("li");
    empty.className = "empty";
    empty.textContent = t("checkin.noHosts");
    list.append(empty);
  }
  list.hidden = false;
  $("host-search").setAttribute("aria-expanded", "true");
}

function moveInOptions(event, host) {
  const option = event.currentTarget;
  if (event.key === "ArrowDown") option.nextElementSibling?.focus();
  else if (event.key === "ArrowUp") (option.previousElementSibling ?? $("host-search")).focus();
  else if (event.key === "Enter" || event.key === " ") { selectHost(host); $("host-search").focus(); }
  else if (event.key === "Escape") { closeHostOptions(); $("host-search").focus(); }
  else return;
  event.preventDefault();
}

async function checkOutByScan(event) {
  event.preventDefault();
  const code = $("scan").value.trim();
  $("scan").value = "";
  if (!code) return;
  try {
    const visit = await api.json("POST", "/api/v1/checkout", { badgeCode: code });
    showScanResult("success", t("checkout.done", { name: visit.visitor.name }));
  } catch (error) {
    if (error.status === 401) return;
    showScanResult("failure", t(error.status === 409 ? "checkout.already" : "checkout.unknown"));
  }
  $("scan").focus();
}

function showScanResult(kind, text) {
  const result = $("scan-result");
  result.className = `scan-result ${kind}`;
  result.textContent = text;
  clearTimeout(resultTimer);
  resultTimer = setTimeout(() => { result.textContent = ""; result.className = "scan-result"; }, RESULT_SHOWN_MS);
}

async function refreshOnsite() {
  try {
    const list = await api.json("GET", `/api/v1/sites/${encodeURIComponent(api.session.site)}/onsite`);
    $("onsite-error").textContent = "";
    $("onsite-count").textContent = `(${list.count})`;
    const time = new Intl.DateTimeFormat(language === "nb" ? "nb-NO" : "en-GB", { hour: "2-digit", minute: "2-digit" });
    const rows = list.visitors.map((visitor) => {
      const row = document.createElement("tr");
      for (const text of [visitor.name, visitor.host, time.format(new Date(visitor.since))]) {
        const cell = document.createElement("td");
        cell.textContent = text;
        row.append(cell);
      }
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = t("onsite.checkout");
      button.setAttribute("aria-label", t("onsite.checkoutLabel", { name: visitor.name }));
      button.addEventListener("click", () => checkOutByHand(visitor.visitId));
      const cell = document.createElement("td");
      cell.append(button);
      row.append(cell);
      return row;
    });
    if (rows.length === 0) {
      const row = document.createElement("tr");
      const cell = document.createElement("td");
      cell.colSpan = 4;
      cell.textContent = t("onsite.empty");
      row.append(cell);
      rows.push(row);
    }
    $("onsite-rows").replaceChildren(...rows);
  } catch (error) {
    if (error.status !== 401) $("onsite-error").textContent = t("error.general");
  }
}

async function checkOutByHand(visitId) {
  await api.request("POST", `/api/v1/visits/${visitId}/checkout`).catch(() => {});
  await refreshOnsite();
}

async function printEvacuationList() {
  const url = await api.objectURL(`/api/v1/sites/${encodeURIComponent(api.session.site)}/onsite?format=html`);
  const printout = window.open(url);
  printout?.addEventListener("load", () => printout.print());
}

function wire() {
  $("language").addEventListener("click", () => {
    language = language === "nb" ? "en" : "nb";
    localStorage.setItem("vaktbok.language", language);
    applyLanguage();
    if (!$("screen-onsite").hidden) refreshOnsite();
  });
  $("login-form").addEventListener("submit", signIn);
  $("logout").addEventListener("click", async () => { await api.signOut(); showLogin(); });
  for (const button of document.querySelectorAll("[data-screen]")) button.addEventListener("click", () => showScreen(button.dataset.screen));
  $("checkin-form").addEventListener("submit", checkIn);
  $("host-search").addEventListener("input", () => { clearTimeout(hostSearchTimer); hostSearchTimer = setTimeout(searchHosts, 150); });
  $("host-search").addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && !$("host-options").hidden) { $("host-options").querySelector("[role=option]")?.focus(); event.preventDefault(); }
    if (event.key === "Escape") closeHostOptions();
  });
  $("badge-print-button").addEventListener("click", () => window.print());
  $("badge-next").addEventListener("click", () => showScreen("checkin"));
  $("checkout-form").addEventListener("submit", checkOutByScan);
  $("scan").addEventListener("focusout", (event) => {
    if (!event.relatedTarget && !$("screen-checkout").hidden) setTimeout(() => $("scan").focus(), 0);
  });
  $("onsite-print").addEventListener("click", printEvacuationList);
}

wire();
applyLanguage();
if (api.signedIn && api.session.site) startSession();
else showLogin();
