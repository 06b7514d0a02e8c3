// Badges printed without a dialog: after a check-in the server sends the badge to the printer of this kiosk terminal
// (chosen at sign-in). The kiosk keeps every job it started until it has ended, so a badge still waiting for a
// printer that was switched off is never forgotten when the desk moves on to the next visitor: a line under the top
// bar counts them and can cancel them (after printing from the browser instead). The browser's print dialog stays
// as the fallback everywhere.
import { ApiError } from "./api.js";
import { t } from "./i18n.js";

const FINAL = new Set(["printed", "failed", "cancelled"]);
const ATTENTION = new Set(["waiting", "delayed"]);
/** How often a job is asked about: soon after it started, less often once its printer is known to be away. */
const POLL_MS = { printing: 1000, delayed: 1000, waiting: 5000 };

/** The status line's text for `job`, after `label` (e.g. the visitor's name) when given. */
export function printJobText(job, label = "") {
  const printer = job.printer ?? "";
  const key = job.offline ? "print.unknown" : job.state === "printing" && job.badges > 1 ? "print.printingMany" : `print.${job.state}`;
  const text = t(key, { count: job.badges, printer });
  return label ? `${label}: ${text}` : text;
}

/** Every unfinished print job this terminal started, asked about together; followers hear of each change. */
export class PrintQueue {
  /** `line` (role=status, with a text span and a cancel button) shows the badges that wait. */
  constructor(api, line, text, cancelButton) {
    Object.assign(this, { api, line, text, cancelButton });
    this.jobs = new Map();
    this.asked = new Map();
    this.listeners = new Set();
    this.timer = null;
    cancelButton.addEventListener("click", () => this.cancelWaiting());
  }

  /** Starts keeping `job` until it has ended. */
  track(job) {
    this.update(job);
    this.asked.set(job.id, Date.now());
    this.schedule();
  }

  /** `listener(job)` hears every new state of every job; returns the function that stops it. */
  listen(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Cancels job `id` (its badge was printed another way); false when the server could not be told. */
  async cancel(id) {
    try {
      this.update(await this.api.json("DELETE", `/api/v1/print-jobs/${id}`));
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) return true;
      return false;
    }
  }

  /** Sign-out: nothing is kept. */
  forget() {
    clearTimeout(this.timer);
    this.timer = null;
    this.jobs.clear();
    this.asked.clear();
    this.render();
  }

  /** Writes the waiting line in the current language. */
  render() {
    const waiting = this.open().filter((job) => ATTENTION.has(job.state));
    this.line.hidden = waiting.length === 0;
    const text = waiting.length === 0 ? "" : t(waiting.length === 1 ? "print.queueOne" : "print.queueMany", { count: waiting.length });
    if (this.text.textContent !== text) this.text.textContent = text;
  }

  open() {
    return [...this.jobs.values()].filter((job) => !FINAL.has(job.state));
  }

  update(job) {
    if (FINAL.has(job.state)) this.jobs.delete(job.id);
    else this.jobs.set(job.id, job);
    for (const listener of this.listeners) listener(job);
    this.render();
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = this.open().length ? setTimeout(() => this.poll(), 500) : null;
  }

  async poll() {
    const now = Date.now();
    for (const job of this.open()) {
      if (now - (this.asked.get(job.id) ?? 0) < (POLL_MS[job.state] ?? 1000)) continue;
      this.asked.set(job.id, now);
      try {
        this.update(await this.api.json("GET", `/api/v1/print-jobs/${job.id}`));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return;
        if (error instanceof ApiError && error.status === 404) this.update({ ...job, state: "failed" });
        else for (const listener of this.listeners) listener({ ...job, offline: true });
      }
    }
    this.schedule();
  }

  async cancelWaiting() {
    this.cancelButton.disabled = true;
    for (const job of this.open().filter((job) => ATTENTION.has(job.state))) await this.cancel(job.id);
    this.cancelButton.disabled = false;
  }
}

/** One status line following one job of the queue at a time (the badge on screen, the last scan, the last group). */
export class PrintFollower {
  constructor(queue, status, onChange = () => {}) {
    Object.assign(this, { queue, status, onChange });
    this.job = null;
    this.label = "";
    queue.listen((job) => { if (job.id === this.job?.id) this.show(job); });
  }

  /** Whether the job followed now is still on its way (so printing it again would only double the badge). */
  get busy() {
    return Boolean(this.job && !FINAL.has(this.job.state));
  }

  /** Follows `job`, its text after `label` when given. */
  follow(job, label = "") {
    this.label = label;
    this.job = job;
    this.queue.track(job);
  }

  /** Cancels the followed job if it has not printed: for a badge printed from the browser instead. */
  async cancelIfBusy() {
    if (this.busy) await this.queue.cancel(this.job.id);
  }

  /** Stops following (the job itself stays in the queue) and clears the line. */
  stop() {
    this.job = null;
    this.status.textContent = "";
    delete this.status.dataset.state;
  }

  /** Writes the line again in the current language. */
  render() {
    if (this.job) this.show(this.job);
  }

  /** Says that a request about the job could not be sent. */
  notSent() {
    this.status.textContent = t("print.notSent");
    this.status.dataset.state = "failed";
  }

  show(job) {
    if (!job.offline) this.job = job;
    const text = printJobText(job, this.label);
    if (this.status.textContent !== text) this.status.textContent = text;
    this.status.dataset.state = job.offline ? "unknown" : job.state;
    this.onChange(job);
  }
}

let shared = null;

/** The page's one print queue, with its line under the top bar. */
export function printQueue(api) {
  const $ = (id) => document.getElementById(id);
  shared ??= new PrintQueue(api, $("print-queue"), $("print-queue-text"), $("print-queue-cancel"));
  return shared;
}
