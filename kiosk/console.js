// The console for the office's privacy officer and admin: sign-in with the same staff logins as the desk, and the
// screens the role may use. The API enforces every rule; the console only hides what a role may not use.
import { Api } from "./api.js";
import { Connection } from "./connection.js";
import { applyLanguage, toggleLanguage } from "./i18n.js";
import { Message } from "./console-kit.js";
import { HostDirectory } from "./console-hosts.js";
import { RequestRegister } from "./console-requests.js";
import { ContactReport } from "./console-report.js";
import { HoldList } from "./console-holds.js";
import { AuditLog } from "./console-audit.js";
import { StaffList } from "./console-staff.js";
import { RetentionStatus } from "./console-retention.js";
import { SiteSettings } from "./console-sites.js";

const $ = (id) => document.getElementById(id);
const connection = new Connection($("connection"), () => { if (api.signedIn) current()?.view.show(); });
const api = new Api(() => showLogin("login.expired"), connection);
const loginError = new Message($("login-error"));
/** Every screen, the roles that may use it (the first one a role may use opens at sign-in), and its view. */
const screens = {
  requests: { roles: ["privacy", "admin"], view: new RequestRegister(api) },
  report: { roles: ["privacy", "admin"], view: new ContactReport(api) },
  holds: { roles: ["privacy", "admin"], view: new HoldList(api) },
  audit: { roles: ["privacy", "admin"], view: new AuditLog(api) },
  retention: { roles: ["privacy", "admin"], view: new RetentionStatus(api) },
  hosts: { roles: ["admin"], view: new HostDirectory(api) },
  staff: { roles: ["admin"], view: new StaffList(api) },
  sites: { roles: ["admin"], view: new SiteSettings(api) },
};
let sessionTimer = null;

/** The open screen, if any. */
function current() {
  return Object.entries(screens).find(([name]) => !$(`screen-${name}`).hidden)?.[1];
}

/** The screens the signed-in role may use, in the navigation's order. */
function allowedScreens(role) {
  return Object.keys(screens).filter((name) => screens[name].roles.includes(role));
}

function showScreen(name) {
  for (const [other, screen] of Object.entries(screens)) if (other !== name) screen.view.hide?.();
  for (const screen of document.querySelectorAll(".screen")) screen.hidden = screen.id !== `screen-${name}`;
  for (const button of document.querySelectorAll("[data-screen]")) {
    if (button.dataset.screen === name) button.setAttribute("aria-current", "page");
    else button.removeAttribute("aria-current");
  }
  screens[name]?.view.show();
}

function showLogin(messageKey) {
  clearTimeout(sessionTimer);
  connection.reset();
  for (const screen of Object.values(screens)) screen.view.reset();
  $("nav").hidden = true;
  $("site-name").textContent = "";
  $("login-form").reset();
  if (messageKey) loginError.show(messageKey, {}, true);
  else loginError.clear();
  showScreen("login");
  $("login-username").focus();
}

function startSession() {
  const allowed = allowedScreens(api.session.role);
  for (const button of document.querySelectorAll("[data-screen]")) button.hidden = !allowed.includes(button.dataset.screen);
  $("nav").hidden = false;
  $("site-name").textContent = `· ${api.session.siteName}`;
  sessionTimer = setTimeout(async () => { await api.signOut(); showLogin("login.expired"); }, new Date(api.session.expiresAt) - new Date());
  showScreen(allowed[0]);
}

/** Signs in: a role with no console screen is sent to the desk; the site (the login's own or the one typed) must
 * exist and be the login's to work at. */
async function signIn(event) {
  event.preventDefault();
  const submit = event.submitter ?? $("login-form").querySelector("button[type=submit]");
  if (submit.disabled) return;
  submit.disabled = true;
  loginError.clear();
  const refuse = async (key) => { await api.signOut(); loginError.show(key, {}, true); };
  try {
    const session = await api.signIn($("login-username").value.trim(), $("login-password").value);
    if (allowedScreens(session.role).length === 0) return await refuse("console.login.notConsole");
    const site = session.site || $("login-site").value.trim().toUpperCase();
    if (!site) {
      await refuse("login.siteRequired");
      return $("login-site").focus();
    }
    const info = await api.json("GET", `/api/v1/sites/${encodeURIComponent(site)}`);
    const username = $("login-username").value.trim().toLowerCase();
    api.remember({ ...session, username, site: info.code, siteName: info.name, timeZone: info.timeZone, boundToSite: Boolean(session.site) });
    startSession();
  } catch (error) {
    if (api.session) await api.signOut();
    const key = error.status === 429 ? "login.throttled" : error.status === 401 ? "login.failed"
      : error.status === 400 || error.status === 404 || error.status === 403 ? "error.site"
      : error instanceof TypeError ? "error.offlineRetry" : "error.general";
    loginError.show(key, {}, true);
  } finally {
    submit.disabled = false;
  }
}

/** Switches the language of everything shown, the connection banner and messages included. */
function switchLanguage() {
  toggleLanguage();
  applyLanguage();
  connection.render();
  loginError.render();
  for (const screen of Object.values(screens)) screen.view.relabel();
}

applyLanguage();
$("login-form").addEventListener("submit", signIn);
$("logout").addEventListener("click", async () => { await api.signOut(); showLogin(); });
$("language").addEventListener("click", switchLanguage);
for (const button of document.querySelectorAll("[data-screen]")) button.addEventListener("click", () => showScreen(button.dataset.screen));
if (api.signedIn && api.session.siteName && allowedScreens(api.session.role).length) startSession();
else showLogin();
