// Holds in force: visits kept from the purge (a restriction, a complaint, a police request), with their reason, end
// and the request behind them, and a hold released after a confirmation that takes the focus to Cancel.
import { t } from "./i18n.js";
import { Message, emptyRow, localTime, rowButton, tableRow } from "./console-kit.js";

const $ = (id) => document.getElementById(id);
const COLUMNS = ["console.holds.visit", "console.holds.reason", "console.holds.ends", "console.holds.request"];

/** The holds screen of the signed-in privacy officer or admin. */
export class HoldList {
  constructor(api) {
    this.api = api;
    this.status = new Message($("holds-result"), true);
    this.reset();
    $("holds-rows").addEventListener("click", (event) => {
      const button = event.target.closest("button[data-action]");
      if (button) this[button.dataset.action](Number(button.dataset.id));
    });
  }

  /** Opens the screen: the holds load (again). */
  show() {
    this.refresh();
  }

  /** Forgets the holds (sign-out, or another login). */
  reset() {
    Object.assign(this, { holds: [], loaded: false, confirming: null, releasing: false, loads: (this.loads ?? 0) + 1, signIns: (this.signIns ?? 0) + 1 });
    this.status.clear();
    this.render();
  }

  /** Loads the holds in force; only the newest answer is drawn. */
  async refresh() {
    const ticket = ++this.loads;
    try {
      const holds = await this.api.json("GET", "/api/v1/holds");
      if (ticket !== this.loads) return;
      Object.assign(this, { holds, loaded: true });
      if (!holds.some((hold) => hold.id === this.confirming)) this.confirming = null;
      this.render();
    } catch (error) {
      if (ticket === this.loads && error.status !== 401) this.status.fail(error);
    }
  }

  /** Draws one row per hold, with Release (or Cancel and Confirm while asking). */
  render() {
    const rows = this.holds.map((hold) => this.row(hold));
    if (this.loaded && rows.length === 0) rows.push(emptyRow(COLUMNS.length + 1, "console.holds.none"));
    $("holds-rows").replaceChildren(...rows);
  }

  /** Writes the screen again in the language just chosen. */
  relabel() {
    this.render();
    this.status.render();
  }

  row(hold) {
    const timeZone = this.api.session?.timeZone || "Europe/Oslo";
    const row = tableRow([
      t("console.holds.visitNumber", { id: hold.visitId }), hold.reason, localTime(hold.endsAt, timeZone, { dateStyle: "medium" }),
      hold.requestId ? t("console.requests.numberOf", { id: hold.requestId }) : "–",
    ], COLUMNS);
    const actions = row.insertCell();
    actions.className = "row-actions";
    const name = t("console.holds.visitNumber", { id: hold.visitId });
    const button = (action, key) => rowButton(actions, { action, id: hold.id, key, name, disabled: this.releasing });
    if (this.confirming === hold.id) {
      button("release", "console.holds.releaseConfirm").classList.add("danger");
      button("cancel", "console.hosts.cancel");
    } else {
      button("ask", "console.holds.release");
    }
    return row;
  }

  /** Asks to confirm releasing hold `id`; the focus goes to Cancel, so a second press does not release. */
  ask(id) {
    this.confirming = id;
    this.render();
    $("holds-rows").querySelector(`button[data-action=cancel][data-id="${id}"]`)?.focus();
  }

  cancel(id) {
    this.confirming = null;
    this.render();
    $("holds-rows").querySelector(`button[data-action=ask][data-id="${id}"]`)?.focus();
  }

  /** Releases hold `id` (confirmed): the purge may then delete what it kept. */
  async release(id) {
    if (this.releasing) return;
    const hold = this.holds.find((item) => item.id === id);
    const signIn = this.signIns;
    Object.assign(this, { releasing: true, confirming: null });
    this.render();
    try {
      await this.api.json("POST", `/api/v1/holds/${id}/release`);
      if (signIn === this.signIns) this.status.show("console.holds.released", { id: hold?.visitId ?? id });
    } catch (error) {
      if (error.status !== 401 && signIn === this.signIns) this.status.fail(error);
    } finally {
      this.releasing = false;
    }
    if (signIn === this.signIns) await this.refresh();
  }
}
