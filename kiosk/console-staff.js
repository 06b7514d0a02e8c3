// Staff logins for the admin: listed with role and site; a login added with its password typed twice against the
// policy; one login opened to change its role and site, set a new password (which signs the person out everywhere)
// or remove it after a confirmation that takes the focus to Cancel. Your own login is shown but changed by another
// admin or with the CLI, so an office never locks out the admin at the screen.
import { t } from "./i18n.js";
import { Message, emptyRow, guarded, rowButton, tableRow } from "./console-kit.js";

const $ = (id) => document.getElementById(id);
const COLUMNS = ["console.staff.username", "console.staff.role", "console.staff.site"];
const ADD_FIELDS = { username: "staff-username", role: "staff-role", site: "staff-site", password: "staff-password" };
const EDIT_FIELDS = { role: "staff-edit-role", site: "staff-edit-site", password: "staff-new-password" };

/** The staff screen of the signed-in admin. */
export class StaffList {
  constructor(api) {
    this.api = api;
    this.status = new Message($("staff-result"), true);
    this.editResult = new Message($("staff-edit-result"));
    const errorIds = [...Object.values(ADD_FIELDS), ...Object.values(EDIT_FIELDS), "staff-password-again", "staff-new-password-again"];
    this.errors = Object.fromEntries([...errorIds.map((id) => `${id}-error`), "staff-form-error", "staff-edit-error"].map((id) => [id, new Message($(id))]));
    this.reset();
    $("staff-form").addEventListener("submit", (event) => { event.preventDefault(); this.add(); });
    $("staff-rows").addEventListener("click", (event) => {
      const button = event.target.closest("button[data-id]");
      if (button) this.open(Number(button.dataset.id));
    });
    $("staff-role-form").addEventListener("submit", (event) => { event.preventDefault(); this.changeRole(); });
    $("staff-password-form").addEventListener("submit", (event) => { event.preventDefault(); this.setPassword(); });
    $("staff-remove-ask").addEventListener("click", () => this.askRemove());
    $("staff-remove-cancel").addEventListener("click", () => this.cancelRemove());
    $("staff-remove-confirm").addEventListener("click", () => this.remove());
    $("staff-edit-close").addEventListener("click", () => this.close());
    for (const id of ["staff-every-site", "staff-edit-every-site"]) $(id).addEventListener("change", () => this.render());
  }

  /** Opens the screen: the logins load (again); a new login's office is the session's until changed. */
  show() {
    if (!$("staff-site").value && !$("staff-every-site").checked) $("staff-site").value = this.api.session?.site ?? "";
    this.refresh();
  }

  /** Forgets every login and typed value (sign-out, or another login). */
  reset() {
    Object.assign(this, { logins: [], loaded: false, selected: null, busy: false, loads: (this.loads ?? 0) + 1, signIns: (this.signIns ?? 0) + 1 });
    for (const form of document.querySelectorAll("#screen-staff form")) form.reset();
    for (const message of [this.status, this.editResult, ...Object.values(this.errors)]) message.clear();
    this.cancelRemove();
    this.render();
  }

  /** Loads the logins; only the newest answer is drawn. */
  async refresh() {
    const ticket = ++this.loads;
    try {
      const logins = await this.api.json("GET", "/api/v1/staff");
      if (ticket !== this.loads) return;
      Object.assign(this, { logins, loaded: true });
      if (this.selected) this.selected = logins.find((login) => login.id === this.selected.id) ?? null;
      this.render();
    } catch (error) {
      if (ticket === this.loads && error.status !== 401) this.status.fail(error);
    }
  }

  /** Draws the logins and the one opened. */
  render() {
    const rows = this.logins.map((login) => this.row(login));
    if (this.loaded && rows.length === 0) rows.push(emptyRow(COLUMNS.length + 1, "console.staff.none"));
    $("staff-rows").replaceChildren(...rows);
    const bound = Boolean(this.api.session?.boundToSite);
    for (const prefix of ["staff", "staff-edit"]) {
      $(`${prefix}-every-site-label`).hidden = bound;
      $(`${prefix}-site`).disabled = !bound && $(`${prefix}-every-site`).checked;
    }
    const login = this.selected;
    $("staff-edit").hidden = !login;
    if (!login) return;
    $("staff-edit-title").textContent = t("console.staff.editTitle", { username: login.username });
  }

  /** Writes the screen again in the language just chosen. */
  relabel() {
    this.render();
    for (const message of [this.status, this.editResult, ...Object.values(this.errors)]) message.render();
  }

  row(login) {
    const own = login.username === this.api.session?.username;
    const row = tableRow([
      own ? t("console.staff.you", { username: login.username }) : login.username, t(`console.role.${login.role}`), login.site ?? t("console.staff.everySite"),
    ], COLUMNS);
    const actions = row.insertCell();
    actions.className = "row-actions";
    if (!own) rowButton(actions, { action: "open", id: login.id, key: "console.staff.open", name: login.username });
    return row;
  }

  /** Opens login `id` below the list, its role and site filled in; the card takes the focus. */
  open(id) {
    const login = this.logins.find((item) => item.id === id);
    if (!login) return;
    if (this.selected?.id !== id) {
      for (const form of document.querySelectorAll("#staff-edit form")) form.reset();
      for (const message of [this.editResult, this.errors["staff-edit-error"], ...Object.values(EDIT_FIELDS).map((field) => this.errors[`${field}-error`]), this.errors["staff-new-password-again-error"]]) message.clear();
      this.cancelRemove();
    }
    this.selected = login;
    $("staff-edit-role").value = login.role;
    $("staff-edit-site").value = login.site ?? "";
    $("staff-edit-every-site").checked = !login.site;
    this.render();
    $("staff-edit").focus();
  }

  /** Closes the opened login; the focus goes back to its row. */
  close() {
    const id = this.selected?.id;
    this.selected = null;
    this.cancelRemove();
    this.render();
    $("staff-rows").querySelector(`button[data-id="${id}"]`)?.focus();
  }

  /** The two password fields' value, or null after saying at the second field that they differ. */
  typedTwice(first, second) {
    if ($(first).value === $(second).value) return $(first).value;
    this.errors[`${second}-error`].show("console.staff.mismatch", {}, true);
    $(second).focus();
    return null;
  }

  /** The role and office chosen: "every office" ticked is none; else the code typed, which must be given. */
  roleAndSite(prefix) {
    const everySite = !this.api.session?.boundToSite && $(`${prefix}-every-site`).checked;
    const site = everySite ? null : $(`${prefix}-site`).value.trim().toUpperCase() || this.api.session?.site;
    return { role: $(`${prefix}-role`).value, site };
  }

  /** Adds the login in the form. */
  async add() {
    this.errors["staff-password-again-error"].clear();
    const password = this.typedTwice("staff-password", "staff-password-again");
    if (password === null) return;
    const body = { username: $("staff-username").value.trim(), password, ...this.roleAndSite("staff") };
    const done = await guarded(this, $("staff-save"), ADD_FIELDS, this.errors["staff-form-error"], async (current) => {
      const login = await this.api.json("POST", "/api/v1/staff", body);
      if (!current()) return;
      $("staff-form").reset();
      $("staff-site").value = this.api.session?.site ?? "";
      this.render();
      this.status.show("console.staff.added", { username: login.username });
    });
    if (done) await this.refresh();
  }

  /** Saves the opened login's role and site (which signs them out everywhere). */
  async changeRole() {
    const login = this.selected;
    if (!login) return;
    const done = await guarded(this, $("staff-role-save"), EDIT_FIELDS, this.errors["staff-edit-error"], async (current) => {
      await this.api.json("PUT", `/api/v1/staff/${login.id}`, this.roleAndSite("staff-edit"));
      if (current()) this.editResult.show("console.staff.changed", { username: login.username });
    });
    if (done) await this.refresh();
  }

  /** Sets the opened login's new password, typed twice; they are signed out everywhere. */
  async setPassword() {
    const login = this.selected;
    if (!login) return;
    this.errors["staff-new-password-again-error"].clear();
    const password = this.typedTwice("staff-new-password", "staff-new-password-again");
    if (password === null) return;
    await guarded(this, $("staff-password-save"), EDIT_FIELDS, this.errors["staff-edit-error"], async (current) => {
      await this.api.request("POST", `/api/v1/staff/${login.id}/password`, { password });
      if (!current()) return;
      $("staff-password-form").reset();
      this.editResult.show("console.staff.passwordSet", { username: login.username });
    });
  }

  /** Asks to confirm removing the opened login; the focus goes to Cancel, so a second press does not remove. */
  askRemove() {
    for (const id of ["staff-remove-cancel", "staff-remove-confirm"]) $(id).hidden = false;
    $("staff-remove-ask").hidden = true;
    $("staff-remove-cancel").focus();
  }

  cancelRemove() {
    for (const id of ["staff-remove-cancel", "staff-remove-confirm"]) $(id).hidden = true;
    $("staff-remove-ask").hidden = false;
  }

  /** Removes the opened login (confirmed) and closes it. */
  async remove() {
    const login = this.selected;
    if (!login) return;
    const done = await guarded(this, $("staff-remove-confirm"), {}, this.errors["staff-edit-error"], async (current) => {
      await this.api.request("DELETE", `/api/v1/staff/${login.id}`);
      if (!current()) return;
      this.logins = this.logins.filter((item) => item.id !== login.id);
      this.close();
      this.status.show("console.staff.removed", { username: login.username });
    });
    if (done) await this.refresh();
  }
}
