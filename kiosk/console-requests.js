// The privacy officer's request register: open, overdue and closed requests with their due dates; a request
// registered; and one request worked through its steps: verification (SMS code or a check recorded in words, with
// what it proved), the records found and what matched each, the copy downloaded, correction, erasure after a
// confirmation that names the counts, restriction until a date, and closing with the outcome. The steps a request's
// type and state allow are shown; the API refuses the others.
import { t } from "./i18n.js";
import { emptyRow, localTime, Message, rowButton, saveFile, tableRow } from "./console-kit.js";

const $ = (id) => document.getElementById(id);
const DAY_MS = 86_400_000;
const KINDS = ["visits", "invites", "groupMemberships", "consents", "pendingMessages"];
const STEP_ERRORS = { "step-sms": "sms-error", "step-manual": "manual-error", "step-rectify": "rectify-error", "step-restrict": "restrict-error", "step-close": "close-error" };
const REGISTER_FIELDS = { phone: "request-phone", email: "request-email", name: "request-name", receivedAt: "request-received" };

/** The request register of the signed-in privacy officer or admin. */
export class RequestRegister {
  constructor(api) {
    this.api = api;
    this.status = new Message($("requests-result"), true);
    this.stepResult = new Message($("request-step-result"));
    this.formError = new Message($("request-form-error"));
    const errorIds = [...Object.values(STEP_ERRORS), ...Object.values(REGISTER_FIELDS).map((id) => `${id}-error`)];
    this.errors = Object.fromEntries(errorIds.map((id) => [id, new Message($(id))]));
    this.reset();
    $("requests-filter").addEventListener("change", () => this.refresh());
    $("request-form").addEventListener("submit", (event) => { event.preventDefault(); this.register(); });
    $("requests-rows").addEventListener("click", (event) => {
      const button = event.target.closest("button[data-id]");
      if (button) this.open(Number(button.dataset.id));
    });
    $("sms-send").addEventListener("click", (event) => this.step(event.target, "step-sms", "verify"));
    this.onSubmit("step-sms", () => ["verify/confirm", { code: $("sms-code").value.trim() }]);
    this.onSubmit("step-manual", () => ["verify/manual", {
      method: $("manual-method").value.trim(), covers: [...$("step-manual").querySelectorAll(".covers input:checked")].map((box) => box.value),
    }]);
    this.onSubmit("step-rectify", () => ["rectify", Object.fromEntries(
      [["name", $("rectify-name").value.trim()], ["phone", $("rectify-phone").value.trim()]].filter(([, value]) => value))]);
    this.onSubmit("step-restrict", () => ["restrict", { until: $("restrict-until").value, reason: $("restrict-reason").value.trim() }]);
    this.onSubmit("step-close", () => ["close", { outcome: $("close-outcome").value.trim() }]);
    $("records-show").addEventListener("click", () => this.showRecords());
    $("export-json").addEventListener("click", (event) => this.download(event.target, "json"));
    $("export-html").addEventListener("click", (event) => this.download(event.target, "html"));
    $("erase-ask").addEventListener("click", () => this.askErase());
    $("erase-cancel").addEventListener("click", () => this.cancelErase());
    $("erase-confirm").addEventListener("click", (event) => this.step(event.target, "step-erase", "erase"));
  }

  /** Opens the screen: the register loads (again), and the open request with it. */
  show() {
    this.refresh();
    if (this.selected) this.open(this.selected.id, false);
  }

  /** Forgets every request, record and typed value (sign-out, or another login). */
  reset() {
    Object.assign(this, { requests: [], loaded: false, selected: null, records: null, loads: (this.loads ?? 0) + 1, opens: (this.opens ?? 0) + 1 });
    for (const form of document.querySelectorAll("#screen-requests form")) form.reset();
    $("requests-filter").value = "open";
    $("request-detail").hidden = true;
    $("records-list").replaceChildren();
    for (const message of [this.status, this.stepResult, this.formError, ...Object.values(this.errors)]) message.clear();
    this.cancelErase();
    this.render();
  }

  /** Loads the register with the chosen filter; only the newest answer is drawn. */
  async refresh() {
    const ticket = ++this.loads;
    try {
      const requests = await this.api.json("GET", `/api/v1/requests?status=${encodeURIComponent($("requests-filter").value)}`);
      if (ticket !== this.loads) return;
      Object.assign(this, { requests, loaded: true });
      this.render();
    } catch (error) {
      if (ticket === this.loads && error.status !== 401) this.status.fail(error);
    }
  }

  /** Draws the register's rows and the open request. */
  render() {
    const rows = this.requests.map((request) => this.row(request));
    if (this.loaded && rows.length === 0) rows.push(emptyRow(7, "console.requests.none"));
    $("requests-rows").replaceChildren(...rows);
    $("request-every-site-label").hidden = Boolean(this.api.session?.boundToSite);
    if (!$("request-received").value) $("request-received").value = this.today();
    this.renderDetail();
  }

  /** Writes the screen again in the language just chosen. */
  relabel() {
    this.render();
    for (const message of [this.status, this.stepResult, this.formError, ...Object.values(this.errors)]) message.render();
    if (this.records) this.renderRecords();
    if (!$("erase-counts").hidden) this.askErase(false);
  }

  /** One row of the register: number, type, dates, verification, state, and a button that opens it. */
  row(request) {
    const labels = ["console.requests.number", "console.requests.type", "console.requests.received", "console.requests.due", "console.requests.verified", "console.hosts.state"];
    const row = tableRow([`${request.id}`, t(`console.type.${request.type}`), this.date(request.receivedAt), this.due(request), this.verifiedText(request), this.state(request)], labels);
    if (request.overdue && request.status === "open") row.cells[3].className = "overdue";
    rowButton(row.insertCell(), { action: "open", id: request.id, key: "console.requests.open", name: t("console.requests.numberOf", { id: request.id }) });
    return row;
  }

  /** Opens request `id` below the register (`focus`: the detail takes the focus). */
  async open(id, focus = true) {
    const ticket = ++this.opens;
    try {
      const request = await this.api.json("GET", `/api/v1/requests/${id}`);
      if (ticket !== this.opens) return;
      if (this.selected?.id !== request.id) {
        for (const form of document.querySelectorAll("#request-detail form")) form.reset();
        for (const message of [this.stepResult, ...Object.values(STEP_ERRORS).map((key) => this.errors[key])]) message.clear();
        Object.assign(this, { records: null });
        $("records-list").replaceChildren();
        this.cancelErase();
      }
      this.selected = request;
      this.renderDetail();
      if (focus) $("request-detail").focus();
    } catch (error) {
      if (error.status !== 401) this.status.fail(error);
      if (error.status === 404) this.refresh();
    }
  }

  /** Draws the open request's facts and the steps its type and state allow. */
  renderDetail() {
    const request = this.selected;
    $("request-detail").hidden = !request;
    if (!request) return;
    $("request-detail-title").textContent = t("console.requests.detailTitle", { id: request.id, type: t(`console.type.${request.type}`) });
    const facts = [
      ["console.hosts.phone", request.subject.phone], ["console.hosts.email", request.subject.email], ["console.requests.name", request.subject.name],
      ["console.requests.received", this.date(request.receivedAt)], ["console.requests.due", this.due(request)],
      ["console.requests.verified", this.verifiedText(request)], ["console.step.manualMethod", request.verificationMethod],
      ["console.hosts.state", this.state(request)], ["console.step.closeOutcome", request.outcome],
    ].filter(([, value]) => value);
    $("request-facts").replaceChildren(...facts.flatMap(([key, value]) => {
      const term = document.createElement("dt");
      term.textContent = t(key);
      const definition = document.createElement("dd");
      definition.textContent = value;
      return [term, definition];
    }));
    const open = request.status === "open";
    const verified = request.verified;
    const given = (identifier) => Boolean(request.subject[identifier]);
    $("step-sms").hidden = !open || !given("phone") || request.verifiedIdentifiers.includes("phone") || request.codeLocked;
    $("step-manual").hidden = !open;
    for (const label of $("step-manual").querySelectorAll("[data-covers]")) label.hidden = !given(label.dataset.covers);
    $("step-export").hidden = !verified || !["access", "export", "erase"].includes(request.type);
    $("step-rectify").hidden = !open || !verified || request.type !== "rectify";
    $("step-erase").hidden = !open || !verified || !["erase", "object"].includes(request.type);
    $("step-restrict").hidden = !open || !["restrict", "object"].includes(request.type);
    $("step-close").hidden = !open;
  }

  /** Submitting the step form `formId` posts what `body()` gives (an action path and its body). */
  onSubmit(formId, body) {
    $(formId).addEventListener("submit", (event) => {
      event.preventDefault();
      const [action, content] = body();
      this.step($(formId).querySelector("button[type=submit]"), formId, action, content);
    });
  }

  /** Posts `action` on the open request with `body`; one at a time per button; the result and the request reload. */
  async step(button, formId, action, body) {
    if (!this.selected || button.disabled) return;
    const request = this.selected;
    const errorKey = STEP_ERRORS[formId];
    button.disabled = true;
    if (errorKey) this.errors[errorKey].clear();
    this.stepResult.clear();
    try {
      const result = await this.api.json("POST", `/api/v1/requests/${request.id}/${action}`, body);
      this.stepResult.show(`console.done.${action.replace("/", "-")}`, this.resultValues(result));
      if (action === "verify") $("sms-code").focus();
      else $(formId).reset?.();
      if (action === "erase") {
        this.records = null;
        this.cancelErase();
        $("records-list").replaceChildren();
      }
    } catch (error) {
      if (error.status === 401) return;
      const message = errorKey ? this.errors[errorKey] : this.stepResult;
      if (error.status === 400) message.show("console.step.invalid", { reason: error.message }, true);
      else message.fail(error);
    } finally {
      button.disabled = false;
    }
    await Promise.all([this.open(request.id, false), this.refresh()]);
  }

  /** The values a step's result message names: counts of what was erased, corrected or held. */
  resultValues(result) {
    const erased = KINDS.filter((kind) => result?.[kind]).map((kind) => t(`console.count.${kind}`, { count: result[kind] }));
    return { erased: erased.join(", ") || t("console.count.nothing"), records: result?.records ?? 0, visits: result?.visitsHeld ?? 0 };
  }

  /** Fetches and lists the records found for the open request, with the identifiers each matched by. */
  async showRecords() {
    const button = $("records-show");
    if (!this.selected || button.disabled) return;
    button.disabled = true;
    try {
      this.records = await this.api.json("GET", `/api/v1/requests/${this.selected.id}/records`);
      this.renderRecords();
    } catch (error) {
      if (error.status !== 401) this.stepResult.fail(error);
    } finally {
      button.disabled = false;
    }
  }

  /** Lists the fetched records: kind, what it is, and what it matched by. */
  renderRecords() {
    const items = KINDS.flatMap((kind) => (this.records[kind] ?? []).map((record) => {
      const item = document.createElement("li");
      const what = [record.name, record.site, record.school, record.date ?? this.date(record.checkedInAt ?? record.createdAt)].filter(Boolean).join(" · ");
      const matched = (record.matchedBy ?? []).map((identifier) => t(`console.identifier.${identifier}`)).join(", ");
      item.textContent = t("console.records.item", { kind: t(`console.kind.${kind}`), what, matched: matched || "–" });
      return item;
    }));
    const summary = document.createElement("p");
    summary.textContent = t(items.length ? "console.records.found" : "console.records.none", { count: items.length });
    const list = document.createElement("ul");
    list.append(...items);
    $("records-list").replaceChildren(summary, ...(items.length ? [list] : []));
  }

  /** Downloads the open request's copy as JSON or printable HTML, fetched with the session (nothing in the URL). */
  async download(button, format) {
    if (!this.selected || button.disabled) return;
    button.disabled = true;
    try {
      await saveFile(this.api, `/api/v1/requests/${this.selected.id}/export?format=${format}`, `vaktbok-export-${this.selected.id}.${format}`);
      this.stepResult.show("console.done.export");
    } catch (error) {
      if (error.status !== 401) this.stepResult.fail(error);
    } finally {
      button.disabled = false;
    }
  }

  /** Shows what erasing would delete (the records matched through a verified identifier) and asks to confirm;
   * the focus goes to Cancel, so a second press does not erase. `fetch` false re-words counts already fetched. */
  async askErase(fetch = true) {
    if (!this.selected) return;
    try {
      if (fetch) this.records = await this.api.json("GET", `/api/v1/requests/${this.selected.id}/records`);
      const proven = new Set(this.selected.verifiedIdentifiers);
      const counts = Object.fromEntries(KINDS.map((kind) => [kind, (this.records[kind] ?? []).filter((record) => !record.matchedBy || record.matchedBy.some((identifier) => proven.has(identifier))).length]));
      $("erase-counts").textContent = t("console.step.eraseCounts", this.resultValues(counts));
      for (const id of ["erase-counts", "erase-cancel", "erase-confirm"]) $(id).hidden = false;
      $("erase-ask").hidden = true;
      if (fetch) $("erase-cancel").focus();
    } catch (error) {
      if (error.status !== 401) this.stepResult.fail(error);
    }
  }

  /** Withdraws the erase confirmation. */
  cancelErase() {
    for (const id of ["erase-counts", "erase-cancel", "erase-confirm"]) $(id).hidden = true;
    $("erase-ask").hidden = false;
  }

  /** Today as yyyy-mm-dd in the site's time zone (the default receipt date). */
  today() {
    return new Intl.DateTimeFormat("en-CA", { timeZone: this.timeZone }).format(new Date());
  }

  get timeZone() {
    return this.api.session?.timeZone || "Europe/Oslo";
  }

  /** A date as the current language writes it, in the site's time zone. */
  date(iso) {
    return localTime(iso, this.timeZone, { dateStyle: "medium" });
  }

  /** The due date with the days left, or how many days overdue. */
  due(request) {
    if (request.status === "closed") return this.date(request.dueAt);
    const days = Math.ceil((new Date(request.dueAt) - new Date()) / DAY_MS);
    return t(days < 0 ? "console.requests.overdueBy" : "console.requests.daysLeft", { date: this.date(request.dueAt), days: Math.abs(days) });
  }

  verifiedText(request) {
    return request.verifiedIdentifiers.length ? request.verifiedIdentifiers.map((identifier) => t(`console.identifier.${identifier}`)).join(", ") : t("console.requests.notVerified");
  }

  state(request) {
    return t(request.status === "closed" ? "console.requests.closed" : request.overdue ? "console.requests.overdue" : "console.requests.openState");
  }

  /** Registers the request in the form; the identifiers given are checked by the API, errors shown at their field. */
  async register() {
    const submit = $("request-save");
    if (submit.disabled) return;
    submit.disabled = true;
    for (const id of Object.values(REGISTER_FIELDS)) this.errors[`${id}-error`].clear();
    this.formError.clear();
    const subject = Object.fromEntries(["phone", "email", "name"].map((key) => [key, $(`request-${key}`).value.trim()]).filter(([, value]) => value));
    const body = { type: $("request-type").value, subject, receivedAt: $("request-received").value };
    if (!this.api.session.boundToSite && !$("request-every-site").checked) body.site = this.api.session.site;
    try {
      const request = await this.api.json("POST", "/api/v1/requests", body);
      $("request-form").reset();
      $("request-panel").open = false;
      this.render();
      this.status.show("console.requests.registered", { id: request.id });
      await Promise.all([this.refresh(), this.open(request.id)]);
    } catch (error) {
      const field = REGISTER_FIELDS[error.field];
      if (field && error.status === 400) {
        this.errors[`${field}-error`].show("console.step.invalid", { reason: error.message }, true);
        $(field).focus();
      } else if (error.status === 400) {
        this.formError.show("console.step.invalid", { reason: error.message }, true);
      } else if (error.status !== 401) {
        this.formError.fail(error);
      }
    } finally {
      submit.disabled = false;
    }
  }
}
