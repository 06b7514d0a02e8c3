// One clear "no connection – retrying" state for the whole desk: any request that cannot reach the server shows
// the banner, a quiet probe of /healthz retries until the server answers, and then the open screen reloads itself.
import { t } from "./i18n.js";

const FIRST_RETRY_MS = 2000;
const LONGEST_RETRY_MS = 15000;

/** Watches whether the server can be reached and retries while it cannot. */
export class Connection {
  /** `banner` shows the state; `reconnected()` runs once each time the server answers again. */
  constructor(banner, reconnected) {
    Object.assign(this, { banner, reconnected, offline: false, timer: null, delay: FIRST_RETRY_MS });
  }

  /** A request could not reach the server: show the state and start retrying (once, however many requests failed). */
  lost() {
    if (this.offline) return;
    this.offline = true;
    this.delay = FIRST_RETRY_MS;
    this.render();
    this.schedule();
  }

  /** The server answered a request (with any status): the connection is back. */
  answered() {
    if (!this.offline) return;
    this.offline = false;
    clearTimeout(this.timer);
    this.render();
    this.reconnected();
  }

  /** Stops retrying and hides the banner (sign-out). */
  reset() {
    this.offline = false;
    clearTimeout(this.timer);
    this.render();
  }

  /** Shows or hides the banner in the current language. */
  render() {
    this.banner.hidden = !this.offline;
    this.banner.textContent = this.offline ? t("connection.lost") : "";
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.probe(), this.delay);
    this.delay = Math.min(this.delay * 2, LONGEST_RETRY_MS);
  }

  async probe() {
    try {
      await fetch("/healthz", { cache: "no-store" });
      this.answered();
    } catch {
      this.schedule();
    }
  }
}
