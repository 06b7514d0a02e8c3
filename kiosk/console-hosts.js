// The console's host directory: every host of the site with contact details, found by typing; a host added, changed
// or deactivated; the directory imported from an HR file (CSV or Excel), previewed first. Hosts the identity provider
// manages (SCIM) are shown but changed there. Personal data lives in this page only, never in a URL or storage.
import { t } from "./i18n.js";
import { Message, byName, emptyRow, matches, rowButton, tableRow } from "./console-kit.js";

const $ = (id) => document.getElementById(id);
const SHOWN_AT_MOST = 200;
const FIELDS = { name: "host-name", phone: "host-phone", email: "host-email", employeeNumber: "host-employee" };

/** The host directory screen of the signed-in admin's site. */
export class HostDirectory {
  constructor(api) {
    this.api = api;
    this.status = new Message($("hosts-result"), true);
    this.formError = new Message($("host-form-error"));
    this.importError = new Message($("import-error"));
    this.fieldErrors = Object.fromEntries(Object.values(FIELDS).map((id) => [id, new Message($(`${id}-error`))]));
    this.reset();
    $("hosts-search").addEventListener("input", () => this.unconfirm());
    $("hosts-inactive").addEventListener("change", () => this.unconfirm());
    $("host-form").addEventListener("submit", (event) => { event.preventDefault(); this.save(); });
    $("host-cancel").addEventListener("click", () => this.edit(null));
    $("import-form").addEventListener("submit", (event) => { event.preventDefault(); this.importFile(true); });
    $("import-confirm").addEventListener("click", () => this.importFile(false));
    for (const id of ["import-file", "import-sheet", "import-deactivate"]) $(id).addEventListener("input", () => this.resetPreview());
    $("hosts-rows").addEventListener("click", (event) => this.act(event.target.closest("button")));
  }

  get site() {
    return encodeURIComponent(this.api.session.site);
  }

  /** Opens the screen: the list loads (again). */
  show() {
    this.refresh();
  }

  /** Loads the site's hosts; only the newest answer is drawn. A failure keeps what is shown and says so, unless
   * `quietly`; the result tells whether the list is current. */
  async refresh(quietly = false) {
    const ticket = ++this.loads;
    try {
      const hosts = (await this.api.json("GET", `/api/v1/hosts/directory?site=${this.site}`)).hosts;
      if (ticket !== this.loads) return true;
      this.hosts = hosts.sort((a, b) => byName(a.name, b.name));
      this.loaded = true;
      this.render();
      return true;
    } catch (error) {
      if (ticket === this.loads && !quietly && error.status !== 401) this.status.fail(error);
      return false;
    }
  }

  /** Forgets every host, form value, search and message (sign-out, or another login). */
  reset() {
    Object.assign(this, { hosts: [], loaded: false, editing: null, confirming: null, busy: new Set(), loads: (this.loads ?? 0) + 1 });
    Object.assign(this, { previewed: null, lastReport: null });
    $("host-form").reset();
    $("import-form").reset();
    $("hosts-search").value = "";
    $("hosts-inactive").checked = false;
    for (const message of [this.status, this.formError, this.importError]) message.clear();
    this.clearErrors();
    this.resetPreview();
    this.render();
  }

  /** Draws the rows that match the search (at most SHOWN_AT_MOST) and the form's title; a row button that had the
   * focus has it again. */
  render() {
    const focused = document.activeElement?.closest?.("#hosts-rows button");
    const query = $("hosts-search").value;
    const withInactive = $("hosts-inactive").checked;
    const matching = this.hosts.filter((host) => (withInactive || host.active)
      && matches(query, [host.name, host.phone, host.email, host.employeeNumber]));
    const rows = matching.slice(0, SHOWN_AT_MOST).map((host) => this.row(host));
    if (this.loaded && rows.length === 0) rows.push(emptyRow(6, query.trim() ? "console.hosts.noMatch" : "console.hosts.none"));
    $("hosts-rows").replaceChildren(...rows);
    if (focused) this.focusRowButton(focused.dataset.id, focused.dataset.action);
    $("hosts-shown").textContent = this.loaded ? t("console.hosts.shown", { shown: Math.min(matching.length, SHOWN_AT_MOST), total: matching.length }) : "";
    $("host-panel-title").textContent = t(this.editing ? "console.hosts.edit" : "console.hosts.add");
    $("host-save").textContent = t(this.editing ? "console.hosts.saveSubmit" : "console.hosts.addSubmit");
    $("host-cancel").hidden = !this.editing;
  }

  /** Writes the screen again in the language just chosen: rows, messages and the import's report. */
  relabel() {
    this.render();
    for (const message of [this.status, this.formError, this.importError, ...Object.values(this.fieldErrors)]) message.render();
    if (this.lastReport) this.report(...this.lastReport);
  }

  /** One table row for `host`, with its actions (none for a host the identity provider manages or who has left). */
  row(host) {
    const labels = ["console.hosts.name", "console.hosts.phone", "console.hosts.email", "console.hosts.employeeNumber", "console.hosts.state"];
    const state = t(host.provisioned ? "console.hosts.provisioned" : host.active ? "console.hosts.active" : "console.hosts.inactive");
    const row = tableRow([host.name, host.phone ?? "–", host.email ?? "–", host.employeeNumber ?? "–", state], labels);
    const actions = row.insertCell();
    actions.className = "row-actions";
    if (host.provisioned || !host.active) return row;
    const button = (action, key) => rowButton(actions, { action, id: host.id, key, name: host.name, disabled: this.busy.has(host.id) });
    if (this.confirming === host.id) {
      button("deactivate-confirm", "console.hosts.deactivateConfirm").classList.add("danger");
      button("deactivate-cancel", "console.hosts.cancel");
    } else {
      button("edit", "console.hosts.editAction");
      button("deactivate", "console.hosts.deactivate");
    }
    return row;
  }

  /** A row button was pressed. Asking to deactivate shows a confirmation with the focus on Cancel, so that a second
   * press of Enter or a double tap does not confirm it. */
  async act(button) {
    if (!button || button.disabled) return;
    const host = this.hosts.find((candidate) => String(candidate.id) === button.dataset.id);
    if (!host || this.busy.has(host.id)) return;
    const action = button.dataset.action;
    if (action === "edit") return this.edit(host);
    if (action === "deactivate" || action === "deactivate-cancel") {
      this.confirming = action === "deactivate" ? host.id : null;
      this.render();
      return this.focusRowButton(host.id, action === "deactivate" ? "deactivate-cancel" : "deactivate");
    }
    this.busy.add(host.id);
    this.render();
    try {
      await this.api.json("POST", `/api/v1/hosts/${host.id}/deactivate?site=${this.site}`);
      this.status.show("console.hosts.deactivated", { name: host.name });
    } catch (error) {
      if (error.status !== 401) this.status.fail(error);
    } finally {
      this.busy.delete(host.id);
      this.confirming = null;
    }
    await this.refresh(true);
  }

  /** Puts the focus on `action`'s button in `id`'s row (its first button if there is no such one). */
  focusRowButton(id, action) {
    const buttons = [...$("hosts-rows").querySelectorAll(`button[data-id="${id}"]`)];
    (buttons.find((button) => button.dataset.action === action) ?? buttons[0])?.focus();
  }

  /** A search or filter changed: a pending confirmation is withdrawn and the rows drawn again. */
  unconfirm() {
    this.confirming = null;
    this.render();
  }

  /** Fills the form with `host` to change them, or empties it to add one (`host` null). */
  edit(host) {
    this.editing = host;
    this.confirming = null;
    this.clearErrors();
    $("host-name").value = host?.name ?? "";
    $("host-phone").value = host?.phone ?? "";
    $("host-email").value = host?.email ?? "";
    $("host-employee").value = host?.employeeNumber ?? "";
    this.render();
    $("host-panel").open = true;
    $("host-name").focus();
  }

  /** Adds or changes the host in the form; one request at a time, the fields read-only meanwhile (nothing typed is
   * lost), field errors next to their fields. A host that no longer exists reloads the list. */
  async save() {
    const submit = $("host-save");
    if (submit.disabled) return;
    submit.disabled = true;
    this.clearErrors();
    const inputs = Object.values(FIELDS).map((id) => $(id));
    for (const input of inputs) input.readOnly = true;
    const body = { site: this.api.session.site, name: $("host-name").value, phone: $("host-phone").value, email: $("host-email").value, employeeNumber: $("host-employee").value };
    const editing = this.editing;
    try {
      const host = editing ? await this.api.json("PUT", `/api/v1/hosts/${editing.id}`, body) : await this.api.json("POST", "/api/v1/hosts", body);
      this.editing = null;
      $("host-form").reset();
      this.render();
      this.status.show(editing ? "console.hosts.saved" : "console.hosts.added", { name: host.name });
      if (!(await this.refresh(true))) this.status.show("console.hosts.savedNotListed", { name: host.name }, true);
    } catch (error) {
      const field = FIELDS[error.field];
      if (field && error.status === 400) {
        this.fieldErrors[field].show(`console.hosts.invalid.${error.field}`, {}, true);
        $(field).setAttribute("aria-invalid", "true");
        $(field).focus();
      } else if (error.status !== 401) {
        this.formError.fail(error);
        if (error.status === 404) this.refresh(true);
      }
    } finally {
      submit.disabled = false;
      for (const input of inputs) input.readOnly = false;
    }
  }

  clearErrors() {
    for (const id of Object.values(FIELDS)) {
      this.fieldErrors[id].clear();
      $(id).removeAttribute("aria-invalid");
    }
    this.formError.clear();
  }

  /** Sends the chosen file as a dry run (`preview`); confirming sends the very file and options previewed, for real.
   * The report lists every rejected row's line and reason. */
  async importFile(preview) {
    const button = preview ? $("import-preview") : $("import-confirm");
    if (button.disabled) return;
    this.importError.clear();
    const chosen = preview ? this.importChoice() : this.previewed;
    if (!chosen) {
      this.importError.show("console.import.noFile", {}, true);
      $("import-file").focus();
      return;
    }
    button.disabled = true;
    const query = new URLSearchParams({ ...chosen.options, dryRun: String(preview) });
    try {
      const result = await this.api.json("POST", `/api/v1/hosts/import?${query}`, chosen.file);
      this.lastReport = [result, preview];
      this.report(result, preview);
      if (preview) {
        this.previewed = chosen;
        $("import-confirm").hidden = false;
        $("import-confirm").focus();
      } else {
        this.resetPreview(false);
        this.status.show("console.import.done", result.counts);
        await this.refresh(true);
      }
    } catch (error) {
      if (error.status === 400 && error.field === "sheet") this.importError.show("console.import.noSheet", {}, true);
      else if (error.status === 400 || error.status === 413) this.importError.show("console.import.refused", { reason: error.message }, true);
      else if (error.status !== 401) this.importError.fail(error);
    } finally {
      button.disabled = false;
    }
  }

  /** The file and options in the import form now, or null when no file is chosen. */
  importChoice() {
    const file = $("import-file").files[0];
    if (!file) return null;
    const options = { site: this.api.session.site, deactivateMissing: String($("import-deactivate").checked) };
    if ($("import-sheet").value.trim()) options.sheet = $("import-sheet").value.trim();
    return { file, options };
  }

  /** Shows an import's counts and its rejected rows (line and reason). */
  report(result, preview) {
    const summary = document.createElement("p");
    summary.className = "status";
    summary.textContent = t(preview ? "console.import.previewed" : "console.import.done", result.counts);
    const rejected = result.rows.filter((row) => row.status === "rejected");
    const list = document.createElement("ul");
    for (const row of rejected) {
      const item = document.createElement("li");
      item.textContent = t("console.import.rejectedRow", { line: row.line ?? "–", name: row.name ?? "–", reason: row.reason ?? "" });
      list.append(item);
    }
    $("import-report").replaceChildren(summary, ...(rejected.length ? [list] : []));
  }

  /** Hides the confirm button and forgets the preview: the file or the options changed since. */
  resetPreview(clearReport = true) {
    this.previewed = null;
    $("import-confirm").hidden = true;
    if (!clearReport) return;
    this.lastReport = null;
    $("import-report").replaceChildren();
  }
}
