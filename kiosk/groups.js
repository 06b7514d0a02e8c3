// School groups expected today: tick who has arrived (or take everyone), then print their badges on A4 sheets.
import { t } from "./i18n.js";

const $ = (id) => document.getElementById(id);

/** Fetches and shows today's groups at the session's site. */
export async function refreshGroups(api) {
  try {
    const day = await api.json("GET", `/api/v1/groups?site=${encodeURIComponent(api.session.site)}`);
    $("groups-error").textContent = "";
    const cards = day.groups.map((group) => groupCard(api, group));
    $("groups-list").replaceChildren(...(cards.length ? cards : [paragraph(t("groups.empty"))]));
  } catch (error) {
    if (error.status !== 401) $("groups-error").textContent = t("error.general");
  }
}

function groupCard(api, group) {
  const card = document.createElement("article");
  card.className = "card group";
  card.dataset.groupId = group.id;
  const heading = document.createElement("h3");
  heading.textContent = `${group.school} · ${t("groups.host")}: ${group.host.name}`;
  const count = paragraph(t("groups.count", { arrived: group.arrivedCount, total: group.memberCount }));
  count.className = "group-count";
  const list = document.createElement("ul");
  list.className = "members";
  for (const member of group.members) list.append(memberItem(member));
  const phone = group.contactPhone ? null : contactPhoneInput(group);
  const withPhone = (body) => (phone?.input.value.trim() ? { ...body, contactPhone: phone.input.value.trim() } : body);
  const actions = document.createElement("div");
  actions.className = "actions";
  actions.append(
    button(t("groups.arriveSelected"), "arrive-selected", () => arrive(api, group, withPhone({ memberIds: ticked(list) }))),
    button(t("groups.arriveAll"), "arrive-all", () => arrive(api, group, withPhone({ all: true }))),
    button(t("groups.badges"), "print-badges", () => printBadges(api, group), group.arrivedCount === 0),
  );
  card.append(heading, count, list, ...(phone ? [phone.label, phone.input] : []), actions);
  return card;
}

/** The teacher's phone, asked for when the list came without one: contact tracing needs it. */
function contactPhoneInput(group) {
  const input = document.createElement("input");
  input.type = "tel";
  input.inputMode = "tel";
  input.autocomplete = "off";
  input.id = `contact-phone-${group.id}`;
  input.className = "contact-phone";
  const label = document.createElement("label");
  label.htmlFor = input.id;
  label.textContent = t("groups.contactPhone");
  return { label, input };
}

function memberItem(member) {
  const item = document.createElement("li");
  const label = document.createElement("label");
  const box = document.createElement("input");
  box.type = "checkbox";
  box.value = member.id;
  box.checked = member.arrived;
  box.disabled = member.arrived;
  const role = member.role === "teacher" ? ` (${t("groups.teacher")})` : "";
  label.append(box, ` ${member.name}${role}`);
  item.append(label);
  return item;
}

function ticked(list) {
  return [...list.querySelectorAll("input:checked:not(:disabled)")].map((box) => Number(box.value));
}

async function arrive(api, group, body) {
  if (body.memberIds && body.memberIds.length === 0) {
    $("groups-error").textContent = t("groups.noneTicked");
    return;
  }
  try {
    await api.json("POST", `/api/v1/groups/${group.id}/arrivals`, body);
  } catch (error) {
    if (error.status === 400 && error.field === "contactPhone") {
      $("groups-error").textContent = t(body.contactPhone ? "error.phone" : "groups.noContactPhone");
    }
    else if (error.status !== 401) $("groups-error").textContent = t("error.general");
    return;
  }
  await refreshGroups(api);
}

async function printBadges(api, group) {
  const url = await api.objectURL(`/api/v1/groups/${group.id}/badges.html`);
  const sheets = window.open(url);
  sheets?.addEventListener("load", () => sheets.print());
}

function button(text, className, onClick, disabled = false) {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = text;
  element.disabled = disabled;
  element.addEventListener("click", onClick);
  return element;
}

function paragraph(text) {
  const element = document.createElement("p");
  element.textContent = text;
  return element;
}
