// Who is on site now: the live list with a check-out button per visitor, and the printable evacuation list.
import { currentLanguage, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);

/** Fetches and shows the site's on-site list; `api.session.site` names the site. */
export async function refreshOnsite(api) {
  try {
    const list = await api.json("GET", `/api/v1/sites/${encodeURIComponent(api.session.site)}/onsite`);
    $("onsite-error").textContent = "";
    $("onsite-count").textContent = `(${list.count})`;
    const time = new Intl.DateTimeFormat(currentLanguage() === "nb" ? "nb-NO" : "en-GB", { hour: "2-digit", minute: "2-digit" });
    const rows = list.visitors.map((visitor) => row([visitor.name, visitor.host, time.format(new Date(visitor.since))], checkOutButton(api, visitor)));
    $("onsite-rows").replaceChildren(...(rows.length ? rows : [emptyRow()]));
  } catch (error) {
    if (error.status !== 401) $("onsite-error").textContent = t("error.general");
  }
}

/** Opens the server's printable evacuation list and prints it. */
export async function printEvacuationList(api) {
  const url = await api.objectURL(`/api/v1/sites/${encodeURIComponent(api.session.site)}/onsite?format=html`);
  const printout = window.open(url);
  printout?.addEventListener("load", () => printout.print());
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
