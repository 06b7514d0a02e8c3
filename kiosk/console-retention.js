// Retention status: whether the deletion promise holds now (the check `vaktbok verify` runs: the purge receipts'
// hash chain recomputed and no visit kept past its rule), the last purge (when, what it deleted and held back, and
// whether the database's write-ahead log was emptied), and per office the window, the oldest visit kept, holds and
// overdue visits. Counts and dates only.
import { t } from "./i18n.js";
import { Message, localTime, tableRow } from "./console-kit.js";

const $ = (id) => document.getElementById(id);
const COLUMNS = ["console.staff.site", "console.retention.window", "console.retention.oldest", "console.retention.holds", "console.retention.overdue"];

/** The retention status screen of the signed-in privacy officer or admin. */
export class RetentionStatus {
  constructor(api) {
    this.api = api;
    this.status = new Message($("retention-result"), true);
    this.reset();
    $("retention-refresh").addEventListener("click", () => this.refresh(true));
  }

  /** Opens the screen: the status is checked (again). */
  show() {
    this.refresh(false);
  }

  /** Forgets the status (sign-out, or another login). */
  reset() {
    Object.assign(this, { state: null, loads: (this.loads ?? 0) + 1 });
    this.status.clear();
    this.render();
  }

  /** Checks the status now; only the newest answer is drawn. `say`: the result is announced. */
  async refresh(say) {
    const ticket = ++this.loads;
    const button = $("retention-refresh");
    button.disabled = true;
    try {
      const state = await this.api.json("GET", "/api/v1/retention");
      if (ticket !== this.loads) return;
      this.state = state;
      this.render();
      if (say) this.status.show("console.retention.checked");
    } catch (error) {
      if (ticket === this.loads && error.status !== 401) this.status.fail(error);
    } finally {
      if (ticket === this.loads) button.disabled = false;
    }
  }

  /** Draws the verdict, the last purge and the sites. */
  render() {
    const state = this.state;
    $("retention-body").hidden = !state;
    if (!state) return;
    const timeZone = this.api.session?.timeZone || "Europe/Oslo";
    const verify = state.verify;
    const verdict = $("retention-verdict");
    verdict.textContent = verify.holds ? t("console.retention.holds.yes", { receipts: verify.receiptsIntact })
      : verify.firstBrokenReceipt ? t("console.retention.holds.broken", { id: verify.firstBrokenReceipt })
        : t("console.retention.holds.overdue", { count: state.sites.reduce((sum, site) => sum + site.overdueVisits, 0) });
    verdict.className = verify.holds ? "verdict ok" : "verdict warning";
    $("retention-checked").textContent = t("console.retention.checkedAt", { at: localTime(state.checkedAt, timeZone, { dateStyle: "medium", timeStyle: "medium" }) });
    $("retention-purge").textContent = this.purge(state.lastPurge, timeZone, verify.firstBrokenReceipt);
    $("retention-rows").replaceChildren(...state.sites.map((site) => {
      const oldest = site.oldestVisitCheckedInAt
        ? t("console.retention.oldestValue", { date: localTime(site.oldestVisitCheckedInAt, timeZone, { dateStyle: "medium" }), days: site.oldestVisitAgeDays })
        : t("console.retention.noVisits");
      const row = tableRow([`${site.name} (${site.code})`, t("console.retention.days", { days: site.visitRetentionDays }), oldest, `${site.holdsInForce}`, `${site.overdueVisits}`], COLUMNS);
      if (site.overdueVisits) row.cells[4].className = "overdue";
      return row;
    }));
  }

  /** The last purge in words: when, deleted and held-back totals, and the checkpoint's result; none, or none that
   * reads as a receipt when the chain is broken. */
  purge(run, timeZone, broken) {
    if (!run) return t(broken ? "console.retention.purgeUnreadable" : "console.retention.noPurge");
    const total = (counts) => Object.values(counts).reduce((sum, count) => sum + count, 0);
    return t("console.retention.purge", {
      at: localTime(run.at, timeZone), deleted: total(run.deleted), visits: run.deleted.visit ?? 0, held: total(run.heldBack),
      checkpoint: t(`console.retention.checkpoint.${run.checkpoint}`),
    }) + (run.dryRun ? ` ${t("console.retention.dryRun")}` : "");
  }

  /** Writes the screen again in the language just chosen. */
  relabel() {
    this.render();
    this.status.render();
  }
}
