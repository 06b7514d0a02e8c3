// The contact-tracing report: who was on site over the last days, or who was on site together with one visitor (by
// phone or visit number), shown as a table and downloaded as CSV (Excel reads it) or a printable page. The choices go
// in the request body, so a visitor's phone number never goes into a URL; every report is audited by the API.
import { t } from "./i18n.js";
import { Message, emptyRow, localTime, saveFile, tableRow } from "./console-kit.js";

const $ = (id) => document.getElementById(id);
const COLUMNS = ["console.report.name", "console.hosts.phone", "console.report.host", "console.report.in", "console.report.out", "console.report.together"];

/** The contact-tracing report screen of the signed-in privacy officer or admin. */
export class ContactReport {
  constructor(api) {
    this.api = api;
    this.status = new Message($("report-result"), true);
    this.error = new Message($("report-error"));
    this.reset();
    $("report-form").addEventListener("submit", (event) => { event.preventDefault(); this.load(); });
    $("report-csv").addEventListener("click", (event) => this.download(event.target, "csv"));
    $("report-html").addEventListener("click", (event) => this.download(event.target, "html"));
  }

  /** Opens the screen with the site of the session (an admin not bound to a site may type another). */
  show() {
    if (!$("report-site").value) $("report-site").value = this.api.session?.site ?? "";
    $("report-site").readOnly = Boolean(this.api.session?.boundToSite);
  }

  /** Forgets the report and the choices (sign-out, or another login). */
  reset() {
    Object.assign(this, { report: null, choices: null, loads: (this.loads ?? 0) + 1 });
    $("report-form").reset();
    $("report-site").value = "";
    for (const message of [this.status, this.error]) message.clear();
    this.render();
  }

  /** The choices in the form: the site, and the body the API gets (days, and the visitor when one is named). */
  chosen() {
    const days = $("report-days").value.trim();
    const visitor = $("report-visitor").value.trim();
    const body = { ...(days ? { days: Number(days) } : {}), ...(visitor ? { visitor } : {}) };
    return { site: $("report-site").value.trim().toUpperCase(), body };
  }

  path(site, format) {
    return `/api/v1/sites/${encodeURIComponent(site)}/contact-report${format ? `?format=${format}` : ""}`;
  }

  /** Fetches the report for the form's choices; only the newest answer is drawn; errors are shown by the form. */
  async load() {
    const submit = $("report-show");
    if (submit.disabled) return;
    const ticket = ++this.loads;
    const choices = this.chosen();
    submit.disabled = true;
    this.error.clear();
    try {
      const report = await this.api.json("POST", this.path(choices.site), choices.body);
      if (ticket !== this.loads) return;
      Object.assign(this, { report, choices });
      this.render();
      this.status.show(report.indexVisitIds ? "console.report.contacts" : "console.report.shown", { count: report.count, days: report.days });
    } catch (error) {
      if (ticket !== this.loads || error.status === 401) return;
      if (error.status === 400) this.error.show("console.step.invalid", { reason: error.message }, true);
      else if (error.status === 404 && error.field === "visitor") this.error.show("console.report.noVisitor", {}, true);
      else this.error.fail(error);
    } finally {
      submit.disabled = false;
    }
  }

  /** Draws the report's rows; the download buttons work on the report shown. */
  render() {
    const report = this.report;
    const rows = (report?.visits ?? []).map((visit) => tableRow([
      visit.name, visit.phone, visit.host, this.time(visit.checkedIn), visit.checkedOut ? this.time(visit.checkedOut) : t("console.report.stillHere"),
      visit.overlapMinutes === undefined ? "–" : t("console.report.minutes", { minutes: visit.overlapMinutes }),
    ], COLUMNS));
    if (report && rows.length === 0) rows.push(emptyRow(COLUMNS.length, "console.report.none"));
    $("report-rows").replaceChildren(...rows);
    $("report-table").hidden = !report;
    for (const id of ["report-csv", "report-html"]) $(id).disabled = !report;
  }

  /** Writes the screen again in the language just chosen. */
  relabel() {
    this.render();
    this.status.render();
    this.error.render();
  }

  /** A time of the report (local with its UTC offset) as the current language writes it in the report's site. */
  time(text) {
    return localTime(text, this.report?.timeZone || this.api.session?.timeZone || "Europe/Oslo");
  }

  /** Downloads the report shown, with the same choices, as CSV or printable HTML (a new, audited report). */
  async download(button, format) {
    if (!this.choices || button.disabled) return;
    button.disabled = true;
    try {
      const stamp = this.report.generatedAt.slice(0, 10);
      await saveFile(this.api, this.path(this.choices.site, format), `kontakter-${this.choices.site}-${stamp}.${format}`, this.choices.body);
      this.status.show("console.report.downloaded");
    } catch (error) {
      if (error.status !== 401) this.error.fail(error);
    } finally {
      button.disabled = !this.report;
    }
  }
}
