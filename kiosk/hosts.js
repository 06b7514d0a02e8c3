// The host field: search-as-you-type over host names only, chosen by click or keyboard.
import { t } from "./i18n.js";

/** A combobox over `input` and its listbox `list`, searching the hosts of `site()` through `api`. */
export class HostPicker {
  constructor(api, input, list, site) {
    Object.assign(this, { api, input, list, site, selected: null, timer: null });
    input.addEventListener("input", () => { clearTimeout(this.timer); this.timer = setTimeout(() => this.search(), 150); });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" && !list.hidden) { list.querySelector("[role=option]")?.focus(); event.preventDefault(); }
      if (event.key === "Escape") this.close();
    });
  }

  choose(host) {
    this.selected = host;
    this.input.value = host ? host.name : "";
    this.close();
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }

  async search() {
    this.selected = null;
    const query = this.input.value.trim();
    if (!query) return this.close();
    const params = new URLSearchParams({ q: query, site: this.site() });
    const hosts = await this.api.json("GET", `/api/v1/hosts?${params}`).catch(() => []);
    this.list.replaceChildren(...hosts.map((host, index) => this.option(host, index)));
    if (hosts.length === 0) {
      const empty = document.createElement("li");
      empty.className = "empty";
      empty.textContent = t("checkin.noHosts");
      this.list.append(empty);
    }
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  option(host, index) {
    const option = document.createElement("li");
    option.role = "option";
    option.id = `host-option-${index}`;
    option.tabIndex = -1;
    option.textContent = host.name;
    option.addEventListener("click", () => { this.choose(host); this.input.focus(); });
    option.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown") option.nextElementSibling?.focus();
      else if (event.key === "ArrowUp") (option.previousElementSibling ?? this.input).focus();
      else if (event.key === "Enter" || event.key === " ") { this.choose(host); this.input.focus(); }
      else if (event.key === "Escape") { this.close(); this.input.focus(); }
      else return;
      event.preventDefault();
    });
    return option;
  }
}
