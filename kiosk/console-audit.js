// The audit log, newest first: filtered by action and local dates, paged with "Older entries". Entries hold ids,
// counts and field names only (never personal data), so the table shows them as they are.
import { t } from "./i18n.js";
import { Message, emptyRow, localTime, tableRow } from "./console-kit.js";

const $ = (id) => document.getElementById(id);
const PAGE = 50;
const COLUMNS = ["console.audit.at", "console.audit.action", "console.audit.actor", "console.audit.details"];

/** The audit log screen of the signed-in privacy officer or admin. */
export class AuditLog {
  constructor(api) {
    this.api = api;
    this.status = new Message($("audit-result"), true);
    this.error = new Message($("audit-error"));
    this.reset();
    $("audit-form").addEventListener("submit", (event) => { event.preventDefault(); this.load(false); });
    $("audit-older").addEventListener("click", () => this.load(true));
  }

  /** Opens the screen: the newest entries load with the filter in the form. */
  show() {
    this.load(false);
  }

  /** Forgets the entries and the filter (sign-out, or another login). */
  reset() {
    Object.assign(this, { entries: [], loaded: false, more: false, filter: "", loads: (this.loads ?? 0) + 1 });
    $("audit-form").reset();
    for (const message of [this.status, this.error]) message.clear();
    this.render();
  }

  /** The query for a page: the form's filter (`older`: the filter of the entries shown, below the last of them). */
  query(older) {
    const parameters = new URLSearchParams(older ? this.filter : { limit: PAGE });
    if (!older) {
      for (const [name, id] of [["action", "audit-action"], ["from", "audit-from"], ["to", "audit-to"]]) {
        const value = $(id).value.trim();
        if (value) parameters.set(name, value);
      }
    }
    if (older && this.entries.length) parameters.set("before", this.entries.at(-1).id);
    return parameters;
  }

  /** Loads the first page for the filter, or (`older`) the next older page below those shown; newest answer wins. */
  async load(older) {
    const ticket = ++this.loads;
    const query = this.query(older);
    this.error.clear();
    try {
      const page = await this.api.json("GET", `/api/v1/audit?${query}`);
      if (ticket !== this.loads) return;
      query.delete("before");
      Object.assign(this, { entries: older ? [...this.entries, ...page] : page, loaded: true, more: page.length === PAGE, filter: query.toString() });
      this.render();
      if (older) this.status.show("console.audit.loadedOlder", { count: page.length });
    } catch (error) {
      if (ticket !== this.loads || error.status === 401) return;
      if (error.status === 400) this.error.show("console.step.invalid", { reason: error.message }, true);
      else this.error.fail(error);
    }
  }

  /** Draws the entries and whether older ones may be loaded. */
  render() {
    const timeZone = this.api.session?.timeZone || "Europe/Oslo";
    const rows = this.entries.map((entry) => tableRow([
      localTime(entry.at, timeZone, { dateStyle: "short", timeStyle: "medium" }), entry.action, entry.actor, this.details(entry.details),
    ], COLUMNS));
    if (this.loaded && rows.length === 0) rows.push(emptyRow(COLUMNS.length, "console.audit.none"));
    $("audit-rows").replaceChildren(...rows);
    $("audit-older").hidden = !this.more;
  }

  /** Writes the screen again in the language just chosen. */
  relabel() {
    this.render();
    this.status.render();
    this.error.render();
  }

  /** An entry's details as `key: value` pairs (ids, counts and field names). */
  details(details) {
    return Object.entries(details ?? {}).map(([key, value]) => `${key}: ${typeof value === "object" ? JSON.stringify(value) : value}`).join(" · ");
  }
}
