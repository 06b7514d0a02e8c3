// The host field: search-as-you-type over host names only, chosen by click, keyboard or Enter.
import { t } from "./i18n.js";

/** Lower case without accents, as the server folds names (ø and æ stay). */
export const fold = (text) => text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").trim().replace(/\s+/g, " ");

/**
 * A combobox over `input` and its listbox `list`, searching the hosts of `site()` through `api`. Typing clears the
 * old list at once and un-chooses a host whose name the field no longer holds (registering then asks for a host
 * again); an answer to an older query is dropped, so a late answer never replaces a newer list or a choice.
 */
export class HostPicker {
  constructor(api, input, list, site) {
    Object.assign(this, { api, input, list, site, selected: null, timer: null, query: 0, hosts: [], active: -1 });
    input.addEventListener("input", () => this.typed());
    input.addEventListener("keydown", (event) => this.key(event));
  }

  /** Arrow keys move the active option (focus stays in the field, announced through aria-activedescendant), Enter
   * picks it (or, with none active, the exact or only match), Escape closes the list. */
  key(event) {
    const options = [...this.list.querySelectorAll("[role=option]")];
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && !this.list.hidden && options.length) {
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.activate(options, ((this.active + 1 + step + options.length + 1) % (options.length + 1)) - 1);
    } else if (event.key === "Escape") this.close();
    else if (event.key === "Enter" && !this.selected) {
      if (this.active >= 0) this.choose(this.hosts[this.active]);
      else this.enter();
    } else return;
    event.preventDefault();
  }

  /** Marks option `index` active (-1: none, back in the field) for assistive technology and scrolls it into view. */
  activate(options, index) {
    this.active = index;
    options.forEach((option, position) => option.setAttribute("aria-selected", String(position === index)));
    if (index < 0) return this.input.removeAttribute("aria-activedescendant");
    this.input.setAttribute("aria-activedescendant", options[index].id);
    options[index].scrollIntoView({ block: "nearest" });
  }

  /** Chooses `host` (or none), dropping the list and any answer still on its way. */
  choose(host) {
    this.selected = host;
    this.input.value = host ? host.name : "";
    this.input.dataset.chosen = host ? "yes" : "no";
    this.query += 1;
    this.hosts = [];
    this.list.replaceChildren();
    this.close();
  }

  close() {
    this.list.hidden = true;
    this.active = -1;
    this.input.removeAttribute("aria-activedescendant");
    this.input.setAttribute("aria-expanded", "false");
  }

  /** A keystroke: forget the old list now, un-choose a host the text no longer names, search after a pause. */
  typed() {
    this.query += 1;
    this.hosts = [];
    this.list.replaceChildren();
    this.close();
    if (this.selected && fold(this.input.value) !== fold(this.selected.name)) {
      this.selected = null;
      this.input.dataset.chosen = "no";
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(), 150);
  }

  /** Enter in the field: the host whose name is exactly what was typed, or the only match. */
  async enter() {
    clearTimeout(this.timer);
    if (this.hosts.length === 0) await this.search();
    const exact = this.hosts.filter((host) => fold(host.name) === fold(this.input.value));
    const pick = exact.length === 1 ? exact[0] : this.hosts.length === 1 ? this.hosts[0] : null;
    if (pick) this.choose(pick);
  }

  async search() {
    const text = this.input.value.trim();
    const query = this.query;
    if (!text || this.selected) return this.close();
    const params = new URLSearchParams({ q: text, site: this.site() });
    let hosts;
    try {
      hosts = await this.api.json("GET", `/api/v1/hosts?${params}`);
    } catch (error) {
      if (query === this.query) this.show([], t(error.status ? "checkin.noHosts" : "checkin.hostsOffline"));
      return;
    }
    if (query !== this.query || this.selected) return;
    this.show(hosts, t("checkin.noHosts"));
  }

  /** Lists `hosts`, or the one line `empty` when there are none. */
  show(hosts, empty) {
    this.hosts = hosts;
    this.active = -1;
    this.list.replaceChildren(...hosts.map((host, index) => this.option(host, index)));
    if (hosts.length === 0) {
      const line = document.createElement("li");
      line.className = "empty";
      line.textContent = empty;
      this.list.append(line);
    }
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.list.scrollIntoView({ block: "nearest" });
  }

  option(host, index) {
    const option = document.createElement("li");
    option.role = "option";
    option.id = `${this.input.id}-option-${index}`;
    option.setAttribute("aria-selected", "false");
    option.textContent = host.name;
    option.addEventListener("click", () => { this.choose(host); this.input.focus(); });
    return option;
  }
}
