// Sites for the admin: listed with retention and notification settings; a site added (admins of every site); one
// site opened to change its name, retention window, language, privacy-notice link and webhook. The webhook secret is
// write-only: typed to replace it, or rotated, when the new secret is shown once and then forgotten by the page.
import { t } from "./i18n.js";
import { Message, emptyRow, guarded, rowButton, tableRow } from "./console-kit.js";

const $ = (id) => document.getElementById(id);
const COLUMNS = ["console.sites.site", "console.retention.window", "console.sites.language", "console.sites.webhook"];
const ADD_FIELDS = { code: "site-code", name: "site-name-field", timeZone: "site-zone" };
const EDIT_FIELDS = {
  name: "site-edit-name", visitRetentionDays: "site-edit-days", language: "site-edit-language", privacyNoticeUrl: "site-edit-privacy",
  webhookUrl: "site-edit-webhook", webhookFormat: "site-edit-format", webhookSecret: "site-edit-secret",
};

/** The sites screen of the signed-in admin. */
export class SiteSettings {
  constructor(api) {
    this.api = api;
    this.status = new Message($("sites-result"), true);
    this.editResult = new Message($("site-edit-result"));
    const ids = [...Object.values(ADD_FIELDS), ...Object.values(EDIT_FIELDS)].map((id) => `${id}-error`);
    this.errors = Object.fromEntries([...ids, "site-form-error", "site-edit-error"].map((id) => [id, new Message($(id))]));
    this.reset();
    $("site-form").addEventListener("submit", (event) => { event.preventDefault(); this.add(); });
    $("sites-rows").addEventListener("click", (event) => {
      const button = event.target.closest("button[data-id]");
      if (button) this.open(button.dataset.id);
    });
    $("site-edit-form").addEventListener("submit", (event) => { event.preventDefault(); this.save(); });
    $("site-rotate").addEventListener("click", () => this.rotate());
    $("site-edit-close").addEventListener("click", () => this.close());
  }

  /** Opens the screen: the sites load (again). */
  show() {
    this.refresh();
  }

  /** Leaves the screen: a rotated secret shown is forgotten. */
  hide() {
    this.forgetSecret();
  }

  /** Forgets every site, typed value and shown secret (sign-out, or another login). */
  reset() {
    Object.assign(this, { sites: [], loaded: false, selected: null, busy: false, loads: (this.loads ?? 0) + 1, signIns: (this.signIns ?? 0) + 1 });
    for (const form of document.querySelectorAll("#screen-sites form")) form.reset();
    for (const message of [this.status, this.editResult, ...Object.values(this.errors)]) message.clear();
    this.forgetSecret();
    this.render();
  }

  /** Loads the sites; only the newest answer is drawn. */
  async refresh() {
    const ticket = ++this.loads;
    try {
      const sites = await this.api.json("GET", "/api/v1/sites");
      if (ticket !== this.loads) return;
      Object.assign(this, { sites, loaded: true });
      if (this.selected) this.selected = sites.find((site) => site.code === this.selected.code) ?? null;
      this.render();
    } catch (error) {
      if (ticket === this.loads && error.status !== 401) this.status.fail(error);
    }
  }

  /** Draws the sites and the one opened. */
  render() {
    const rows = this.sites.map((site) => {
      const webhook = site.webhookUrl ? t("console.sites.webhookOn", { format: site.webhookFormat }) : t("console.sites.webhookOff");
      const row = tableRow([`${site.name} (${site.code})`, t("console.retention.days", { days: site.visitRetentionDays }), t(`console.sites.language.${site.language}`), webhook], COLUMNS);
      const actions = row.insertCell();
      actions.className = "row-actions";
      rowButton(actions, { action: "open", id: site.code, key: "console.staff.open", name: site.name });
      return row;
    });
    if (this.loaded && rows.length === 0) rows.push(emptyRow(COLUMNS.length + 1, "console.sites.none"));
    $("sites-rows").replaceChildren(...rows);
    $("site-panel").hidden = Boolean(this.api.session?.boundToSite);
    const site = this.selected;
    $("site-edit").hidden = !site;
    if (!site) return;
    $("site-edit-title").textContent = t("console.sites.editTitle", { name: site.name, code: site.code });
    $("site-edit-secret-state").textContent = t(site.webhookSecretSet ? "console.sites.secretSet" : "console.sites.secretUnset");
    $("site-rotate").disabled = !site.webhookSecretSet;
    $("site-edit-webhook-set").textContent = site.webhookHost && !site.webhookUrl ? t("console.sites.webhookHidden", { host: site.webhookHost }) : "";
    $("site-edit-webhook-off-label").hidden = !site.webhookHost;
  }

  /** Writes the screen again in the language just chosen. */
  relabel() {
    this.render();
    for (const message of [this.status, this.editResult, ...Object.values(this.errors)]) message.render();
  }

  /** Opens the site with `code`, its settings filled in; the card takes the focus. */
  open(code) {
    const site = this.sites.find((item) => item.code === code);
    if (!site) return;
    if (this.selected?.code !== code) {
      for (const message of [this.editResult, this.errors["site-edit-error"], ...Object.values(EDIT_FIELDS).map((id) => this.errors[`${id}-error`])]) message.clear();
      this.forgetSecret();
    }
    this.selected = site;
    this.fill(site);
    this.render();
    $("site-edit").focus();
  }

  /** Fills the card's fields with `site`'s settings as stored (a chat webhook's address and the secret stay empty). */
  fill(site) {
    const values = {
      "site-edit-name": site.name, "site-edit-days": site.visitRetentionDays, "site-edit-language": site.language,
      "site-edit-privacy": site.privacyNoticeUrl ?? "", "site-edit-webhook": site.webhookUrl ?? "", "site-edit-format": site.webhookFormat, "site-edit-secret": "",
    };
    for (const [id, value] of Object.entries(values)) $(id).value = value;
    $("site-edit-personal").checked = site.webhookPersonalData;
    $("site-edit-webhook-off").checked = false;
  }

  /** Closes the opened site; the focus goes back to its row. */
  close() {
    const code = this.selected?.code;
    this.selected = null;
    this.forgetSecret();
    this.render();
    $("sites-rows").querySelector(`button[data-id="${code}"]`)?.focus();
  }

  /** Removes a rotated secret from the page. */
  forgetSecret() {
    $("site-new-secret").textContent = "";
    $("site-new-secret-box").hidden = true;
  }

  /** Adds the site in the form. */
  async add() {
    const body = { code: $("site-code").value.trim(), name: $("site-name-field").value.trim(), timeZone: $("site-zone").value.trim() || "Europe/Oslo" };
    const done = await guarded(this, $("site-save"), ADD_FIELDS, this.errors["site-form-error"], async (current) => {
      const site = await this.api.json("POST", "/api/v1/sites", body);
      if (!current()) return;
      $("site-form").reset();
      this.status.show("console.sites.added", { code: site.code });
    });
    if (done) await this.refresh();
  }

  /** Saves the opened site's settings; the secret only when one was typed. */
  async save() {
    const site = this.selected;
    if (!site) return;
    const body = {
      name: $("site-edit-name").value.trim(), visitRetentionDays: Number($("site-edit-days").value), language: $("site-edit-language").value,
      privacyNoticeUrl: $("site-edit-privacy").value.trim(), webhookFormat: $("site-edit-format").value,
      webhookPersonalData: $("site-edit-personal").checked,
    };
    // A chat webhook's address is not read back: it is sent when typed, and cleared only when asked to.
    const webhook = $("site-edit-webhook").value.trim();
    if ($("site-edit-webhook-off").checked) body.webhookUrl = "";
    else if (webhook !== (site.webhookUrl ?? "")) body.webhookUrl = webhook;
    if ($("site-edit-secret").value) body.webhookSecret = $("site-edit-secret").value;
    const done = await guarded(this, $("site-edit-save"), EDIT_FIELDS, this.errors["site-edit-error"], async (current) => {
      await this.api.json("PATCH", `/api/v1/sites/${encodeURIComponent(site.code)}`, body);
      if (!current()) return;
      $("site-edit-secret").value = "";
      this.forgetSecret();
      this.editResult.show("console.sites.saved", { code: site.code });
    });
    if (!done) return;
    await this.refresh();
    if (this.selected) this.fill(this.selected);
    this.render();
  }

  /** Rotates the opened site's webhook secret and shows the new one once, to be copied to the receiver. */
  async rotate() {
    const site = this.selected;
    if (!site) return;
    const done = await guarded(this, $("site-rotate"), {}, this.errors["site-edit-error"], async (current) => {
      const changed = await this.api.json("PATCH", `/api/v1/sites/${encodeURIComponent(site.code)}`, { rotateWebhookSecret: true });
      if (!current()) return;
      $("site-new-secret").textContent = changed.newWebhookSecret;
      $("site-new-secret-box").hidden = false;
      this.editResult.show("console.sites.rotated");
    });
    if (done) await this.refresh();
    else this.render();
  }
}
