// Badges printed without a dialog: after a check-in the server sends the badge to the printer of this kiosk terminal
// (chosen at sign-in); the kiosk follows that print job in a status line until it printed or failed. The browser's
// print dialog stays as the fallback.
import { ApiError } from "./api.js";
import { t } from "./i18n.js";

const FOLLOW_MS = 1000;
const FINAL = new Set(["printed", "failed"]);

/** The status line's text for `job`. */
export function printJobText(job) {
  const printer = job.printer ?? "";
  if (job.state === "printing" && job.badges > 1) return t("print.printingMany", { count: job.badges, printer });
  return t(`print.${job.state}`, { printer });
}

/** Follows one print job at a time and writes its state into a status line; `onChange(job)` hears each new state. */
export class PrintFollower {
  constructor(api, status, onChange = () => {}) {
    this.api = api;
    this.status = status;
    this.onChange = onChange;
    this.timer = null;
    this.job = null;
  }

  /** Whether the job followed now is still on its way (so a second print of it would only double the badge). */
  get busy() {
    return Boolean(this.job && !FINAL.has(this.job.state));
  }

  /** Starts following `job` (a print job answer), replacing any other. */
  follow(job) {
    this.stop();
    this.show(job);
  }

  /** Stops following and clears the status line (another visitor, or sign-out). */
  stop() {
    clearTimeout(this.timer);
    this.timer = null;
    this.job = null;
    this.status.textContent = "";
  }

  show(job) {
    this.job = job;
    const text = printJobText(job);
    if (this.status.textContent !== text) this.status.textContent = text;
    this.status.dataset.state = job.state;
    this.onChange(job);
    if (!FINAL.has(job.state)) this.timer = setTimeout(() => this.poll(job.id), FOLLOW_MS);
  }

  async poll(id) {
    try {
      const job = await this.api.json("GET", `/api/v1/print-jobs/${id}`);
      if (this.job?.id === id) this.show(job);
    } catch (error) {
      if (this.job?.id !== id || (error instanceof ApiError && [401, 404].includes(error.status))) return;
      this.status.textContent = t("print.unknown");
      this.status.dataset.state = "unknown";
      this.timer = setTimeout(() => this.poll(id), FOLLOW_MS * 3);
    }
  }
}
