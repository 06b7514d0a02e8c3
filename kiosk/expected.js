// Expected today: the site's invites, each checked in with one tap (or by scanning the invitation's QR on the scan
// screen), and the form that invites a visitor ahead of their visit. The list is kept in memory only and wiped at
// sign-out; a tap that fails leaves the row as it was, with the reason on screen.
import { ApiError } from "./api.js";
import { fold, HostPicker } from "./hosts.js";
import { t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
/** The last list fetched, shown again as the search changes. */
let today = null;
/** Invite ids whose arrival is on its way: a second tap on the same row does nothing. */
const arriving = new Set();
let picker = null;
let inviting = false;

/** The host field of the invite form, searching the session's site. */
export function inviteHostPicker(api) {
  picker ??= new HostPicker(api, $("invite-host"), $("invite-host-options"), () => api.session.site);
  return picker;
}

/** Forgets the list, the search and the form (sign-out). */
export function forgetExpected() {
  today = null;
  arriving.clear();
  $("expected-search").value = "";
  $("expected-rows").replaceChildren();
  for (const id of ["expected-status", "expected-error", "expected-result", "invite-result"]) $(id).textContent = "";
  $("invite-form").reset();
  picker?.choose(null);
  clearInviteErrors();
}

/** Fetches and shows today's invites at the session's site; without a connection the last list stays and says so. */
export async function refreshExpected(api, onArrived) {
  try {
    today = await api.json("GET", `/api/v1/invites?site=${encodeURIComponent(api.session.site)}`);
    $("expected-error").textContent = "";
    $("expected-status").textContent = "";
  } catch (error) {
    if (error.status === 401) return;
    $("expected-status").textContent = error.status ? "" : t(today ? "expected.offline" : "list.offlineNone");
    if (error.status) $("expected-error").textContent = t("error.general");
  }
  showExpected(api, onArrived);
}

/** Draws the invites whose visitor or host matches every word of the search, keeping the focused row's button. */
export function showExpected(api, onArrived) {
  if (!today) return;
  const focused = document.activeElement?.dataset.inviteId;
  const words = fold($("expected-search").value).split(" ").filter(Boolean);
  // Those still to come first (in the server's order: all day, then by time), those arrived below them.
  const matching = today.invites.filter((invite) => words.every((word) => fold(`${invite.visitor.name} ${invite.host.name}`).includes(word)))
    .sort((a, b) => (a.status === "arrived") - (b.status === "arrived"));
  $("expected-count").textContent = `(${today.invites.filter((invite) => invite.status === "expected").length})`;
  const rows = matching.map((invite) => row(api, invite, onArrived));
  if (rows.length === 0) {
    const empty = document.createElement("tr");
    const cell = document.createElement("td");
    cell.colSpan = 4;
    cell.textContent = t(today.invites.length ? "expected.noMatch" : "expected.empty");
    empty.append(cell);
    rows.push(empty);
  }
  $("expected-rows").replaceChildren(...rows);
  if (focused) document.querySelector(`[data-invite-id="${focused}"]`)?.focus();
}

function row(api, invite, onArrived) {
  const line = document.createElement("tr");
  const cells = [invite.visitor.name, invite.host.name, invite.from ? `${invite.from}–${invite.until}` : t("expected.allDay")];
  for (const text of cells) {
    const cell = document.createElement("td");
    cell.textContent = text;
    line.append(cell);
  }
  const action = document.createElement("td");
  if (invite.status === "arrived") {
    action.textContent = t("expected.arrived");
  } else {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "primary";
    button.dataset.inviteId = invite.id;
    button.textContent = t("expected.arrive");
    button.setAttribute("aria-label", t("expected.arriveLabel", { name: invite.visitor.name }));
    button.addEventListener("click", () => arrive(api, invite, button, onArrived));
    action.append(button);
  }
  line.append(action);
  return line;
}

/** One tap: checks the invited visitor in (twice is harmless on the server; here the second tap is ignored). */
async function arrive(api, invite, button, onArrived) {
  if (arriving.has(invite.id)) return;
  arriving.add(invite.id);
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  $("expected-result").textContent = "";
  try {
    const visit = await api.json("POST", `/api/v1/invites/${invite.id}/arrive`);
    invite.status = "arrived";
    $("expected-result").textContent = t("expected.checkedIn", { name: visit.visitor.name });
    await onArrived(visit, "expected");
  } catch (error) {
    if (error.status === 401) return;
    $("expected-result").textContent = !(error instanceof ApiError) ? t("error.offlineRetry") : error.status === 409 ? t("expected.notToday") : t("error.general");
    button.disabled = false;
    button.removeAttribute("aria-busy");
  } finally {
    arriving.delete(invite.id);
  }
}

function clearInviteErrors() {
  for (const field of ["name", "phone", "email", "hostId", "date", "from", "until"]) {
    $(`invite-${field}-error`).textContent = "";
    $(inviteInput(field)).removeAttribute("aria-invalid");
  }
}

const inviteInput = (field) => (field === "hostId" ? "invite-host" : `invite-${field}`);

/** Sends the invite form; the visitor gets the invitation by SMS (and e-mail), the list shows them at once. */
export async function sendInvite(api, event, onArrived) {
  event.preventDefault();
  if (inviting) return;
  clearInviteErrors();
  $("invite-result").textContent = "";
  const unreadable = ["date", "from", "until"].find((field) => $(`invite-${field}`).validity.badInput);
  if (unreadable) return showInviteError(unreadable, t(`invite.error.${unreadable}`));
  const picked = inviteHostPicker(api).selected;
  if (!picked) return showInviteError("hostId", t("error.hostId"));
  const value = (id) => $(id).value.trim() || undefined;
  const body = {
    name: $("invite-name").value, phone: $("invite-phone").value, email: value("invite-email"), hostId: picked.id,
    date: $("invite-date").value, from: value("invite-from"), until: value("invite-until"), site: api.session.site,
  };
  inviting = true;
  $("invite-submit").disabled = true;
  try {
    const invite = await api.json("POST", "/api/v1/invites", body);
    $("invite-form").reset();
    inviteHostPicker(api).choose(null);
    setDefaultDate(api);
    $("invite-result").textContent = t("invite.sent", { name: invite.visitor.name, date: invite.date });
    await refreshExpected(api, onArrived);
    $("invite-name").focus();
  } catch (error) {
    if (error.status === 401) return;
    if (!(error instanceof ApiError)) return showInviteError(null, t("error.offlineRetry"));
    const field = ["name", "phone", "email", "hostId", "date", "from", "until"].includes(error.field) ? error.field : null;
    showInviteError(field, field ? t(`invite.error.${field}`) : t("error.general"));
  } finally {
    inviting = false;
    $("invite-submit").disabled = false;
  }
}

function showInviteError(field, message) {
  if (!field) { $("invite-result").textContent = message; return; }
  $(`invite-${field}-error`).textContent = message;
  $(inviteInput(field)).setAttribute("aria-invalid", "true");
  $(inviteInput(field)).focus();
}

/** The date field starts at today in the site's time zone. */
export function setDefaultDate(api) {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: api.session.timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  $("invite-date").value = parts.format(new Date());
  $("invite-date").min = $("invite-date").value;
}
