// School groups expected today: tick who has arrived (or take everyone), then print their badges on A4 sheets.
// Ticks, a typed teacher's phone and the search survive a language toggle, a tab switch and the periodic reload;
// all of it is forgotten at sign-out.
import { fold } from "./hosts.js";
import { clockTime, t } from "./i18n.js";
import { printDocument } from "./print.js";
import { PrintFollower, printQueue } from "./printjobs.js";

const $ = (id) => document.getElementById(id);
/** Member ids ticked per group id, and the teacher's phone typed per group id. */
const ticks = new Map();
const phones = new Map();
/** The last list of today's groups and when it was fetched. */
let today = null;
/** Follows the print job of the last arrival's badges, when this terminal has a printer. */
let follower = null;

/** Forgets the groups, ticks, phones and search of the session (sign-out). */
export function forgetGroups() {
  follower?.stop();
  ticks.clear();
  phones.clear();
  today = null;
  $("groups-search").value = "";
  for (const id of ["groups-status", "groups-result", "groups-error", "groups-shown"]) $(id).textContent = "";
  $("groups-list").replaceChildren();
}

/** Fetches and shows today's groups at the session's site; without a connection the last list stays, marked old. */
export async function refreshGroups(api) {
  try {
    const day = await api.json("GET", `/api/v1/groups?site=${encodeURIComponent(api.session.site)}`);
    today = { groups: day.groups, fetchedAt: new Date() };
    $("groups-error").textContent = "";
  } catch (error) {
    if (error.status === 401) return;
    if (error.status) $("groups-error").textContent = t("error.general");
  }
  showGroups(api);
}

/** Draws the groups matching the search, keeping ticks, typed phones and the focused control. */
export function showGroups(api) {
  if (!today) {
    $("groups-status").textContent = api.connection.offline ? t("list.offlineNone") : "";
    return;
  }
  const time = clockTime(today.fetchedAt, api.session.timeZone);
  $("groups-status").textContent = t(api.connection.offline ? "list.offline" : "list.updated", { time });
  const focused = document.activeElement?.dataset?.focusKey;
  const words = fold($("groups-search").value).split(" ").filter(Boolean);
  const matching = today.groups.filter((group) => words.every((word) => fold(searchText(group)).includes(word)));
  $("groups-shown").textContent = today.groups.length > 1 ? t("groups.shown", { shown: matching.length, total: today.groups.length }) : "";
  const empty = today.groups.length ? "groups.noMatch" : "groups.empty";
  $("groups-list").replaceChildren(...(matching.length ? matching.map((group) => groupCard(api, group)) : [paragraph(t(empty))]));
  if (focused) $("groups-list").querySelector(`[data-focus-key="${focused}"]`)?.focus();
}

function searchText(group) {
  return [group.school, group.host.name, ...group.members.map((member) => member.name)].join(" ");
}

function groupCard(api, group) {
  const card = document.createElement("article");
  card.className = "card group";
  card.dataset.groupId = group.id;
  card.setAttribute("aria-labelledby", `group-title-${group.id}`);
  const heading = document.createElement("h3");
  heading.id = `group-title-${group.id}`;
  heading.textContent = group.school;
  const host = paragraph(`${t("groups.host")}: ${group.host.name}`);
  const count = paragraph(t("groups.count", { arrived: group.arrivedCount, total: group.memberCount }));
  count.className = "group-count";
  const list = document.createElement("ul");
  list.className = "members";
  for (const member of group.members) list.append(memberItem(group, member));
  const error = paragraph("");
  Object.assign(error, { id: `group-error-${group.id}`, className: "error", tabIndex: -1 });
  error.setAttribute("role", "alert");
  const phone = group.contactPhone ? [] : contactPhoneInput(group, error.id);
  const actions = document.createElement("div");
  actions.className = "actions";
  const waiting = group.arrivedCount < group.memberCount;
  actions.append(
    button(group, "arrive-selected", t("groups.arriveSelected"), () => arrive(api, group, { memberIds: [...ticked(group)] }), !waiting),
    button(group, "arrive-all", t("groups.arriveAll"), () => arrive(api, group, { all: true }), !waiting),
    button(group, "print-badges", t(api.session?.printer ? "groups.badgesBrowser" : "groups.badges"), () => printBadges(api, group), group.arrivedCount === 0),
  );
  card.append(heading, host, count, list, ...phone, error, actions);
  return card;
}

/** The teacher's phone, asked for when the list came without one: contact tracing needs it. */
function contactPhoneInput(group, errorId) {
  const input = document.createElement("input");
  Object.assign(input, { type: "tel", inputMode: "tel", autocomplete: "off", id: `contact-phone-${group.id}`, className: "contact-phone" });
  input.value = phones.get(group.id) ?? "";
  input.dataset.focusKey = input.id;
  input.setAttribute("aria-describedby", errorId);
  input.addEventListener("input", () => phones.set(group.id, input.value));
  const label = document.createElement("label");
  label.htmlFor = input.id;
  label.textContent = t("groups.contactPhone");
  return [label, input];
}

function ticked(group) {
  if (!ticks.has(group.id)) ticks.set(group.id, new Set());
  return ticks.get(group.id);
}

/** One member: the name inside the label of its own checkbox; an arrived member is ticked, locked and says so. */
function memberItem(group, member) {
  const item = document.createElement("li");
  const label = document.createElement("label");
  const box = document.createElement("input");
  Object.assign(box, { type: "checkbox", value: member.id, id: `member-${member.id}` });
  box.dataset.focusKey = box.id;
  box.checked = member.arrived || ticked(group).has(member.id);
  box.disabled = member.arrived;
  box.addEventListener("change", () => (box.checked ? ticked(group).add(member.id) : ticked(group).delete(member.id)));
  const name = document.createElement("span");
  name.className = "member-name";
  name.textContent = member.role === "teacher" ? `${member.name} (${t("groups.teacher")})` : member.name;
  label.append(box, name);
  item.append(label);
  if (member.arrived) {
    item.className = "arrived";
    const tag = document.createElement("span");
    tag.className = "tag";
    tag.textContent = t("groups.arrived");
    label.append(tag);
  }
  return item;
}

/** Registers arrivals; an error shows in the group's own card and takes the focus. */
async function arrive(api, group, body) {
  const error = $(`group-error-${group.id}`);
  error.textContent = "";
  if (body.memberIds?.length === 0) return showCardError(error, t("groups.noneTicked"));
  const phone = ($(`contact-phone-${group.id}`)?.value ?? "").trim();
  try {
    const arrival = await api.json("POST", `/api/v1/groups/${group.id}/arrivals`, phone ? { ...body, contactPhone: phone } : body);
    ticks.delete(group.id);
    phones.delete(group.id);
    $("groups-result").textContent = t("groups.arrivedNow", { count: arrival.arrived.length, school: group.school });
    if (arrival.printJob) {
      printing(api).follow(arrival.printJob, group.school);
      $("groups-print-status").focus();
    }
  } catch (failure) {
    if (failure.status === 401) return;
    if (failure.field === "contactPhone") return showCardError(error, t(phone ? "error.phone" : "groups.noContactPhone"), $(`contact-phone-${group.id}`));
    return showCardError(error, t(failure.status ? "error.general" : "error.offlineRetry"));
  }
  await refreshGroups(api);
}

function printing(api) {
  follower ??= new PrintFollower(printQueue(api), $("groups-print-status"));
  return follower;
}

/** Shows `message` in the card's error line and moves the focus there (or to the field at fault). */
function showCardError(error, message, field) {
  error.textContent = message;
  if (field) field.setAttribute("aria-invalid", "true");
  (field ?? error).focus();
}

async function printBadges(api, group) {
  const error = $(`group-error-${group.id}`);
  await follower?.cancelIfBusy();
  try {
    printDocument(await api.objectURL(`/api/v1/groups/${group.id}/badges.html`), t("print.badges"));
  } catch (failure) {
    if (failure.status !== 401) showCardError(error, t(failure.status ? "error.general" : "error.offlineRetry"));
  }
}

function button(group, action, text, onClick, disabled) {
  const element = document.createElement("button");
  Object.assign(element, { type: "button", className: action, textContent: text, disabled });
  element.dataset.focusKey = `${action}-${group.id}`;
  element.addEventListener("click", onClick);
  return element;
}

function paragraph(text) {
  const element = document.createElement("p");
  element.textContent = text;
  return element;
}
