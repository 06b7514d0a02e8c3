// Parts every console screen uses: a message kept as a string key (so a language switch re-words it), what to say
// when a request failed, a download saved from the API, and searching and sorting names as a Norwegian reader expects.
import { currentLanguage, t } from "./i18n.js";

/** Text in one element kept as a string key and its values; `alert` styles it as an error. */
export class Message {
  /** `focus`: the element takes the focus when something is said (a screen's status line). */
  constructor(element, focus = false) {
    Object.assign(this, { element, focus, key: null, values: {}, alert: false });
  }

  /** Says `key` with `values`; an empty key clears the element. */
  show(key, values = {}, alert = false) {
    Object.assign(this, { key, values, alert });
    this.render();
    if (key && this.focus) this.element.focus();
  }

  /** Says what went wrong with a request (see `failure`). */
  fail(error) {
    const [key, values] = failure(error);
    this.show(key, values, true);
  }

  clear() {
    this.show(null);
  }

  /** Writes the message in the current language. */
  render() {
    this.element.textContent = this.key ? t(this.key, this.values) : "";
    this.element.classList.toggle("error", Boolean(this.key && this.alert));
  }
}

/** The key and values that tell staff why a request failed: no connection, a conflict or refusal (its reason), gone. */
export function failure(error) {
  if (error instanceof TypeError) return ["error.offlineRetry", {}];
  if (error.status === 409 || error.status === 422) return ["console.conflict", { reason: error.message }];
  if (error.status === 404) return ["console.gone", {}];
  if (error.status === 403) return ["console.forbidden", {}];
  return ["error.general", {}];
}

/** `text` folded for searching: lower case, accents off ("andre" finds "André"); æ, ø and å stay letters of their own. */
export function folded(text) {
  const parts = (text ?? "").toLocaleLowerCase("nb").normalize("NFC").split("å");
  return parts.map((part) => part.normalize("NFD").replace(/\p{M}/gu, "")).join("å");
}

/** Whether every word of `query` is found in one of `values`, folded. */
export function matches(query, values) {
  const words = folded(query).split(/\s+/).filter(Boolean);
  const haystack = values.filter(Boolean).map(folded);
  return words.every((word) => haystack.some((value) => value.includes(word)));
}

/** Compares two names in Norwegian alphabetical order (… x, y, z, æ, ø, å). */
export const byName = new Intl.Collator("nb").compare;

/** Saves what `path` answers (a POST of `body` when given) as `filename`; fetched with the session, so nothing
 * personal or secret goes into a URL. */
export async function saveFile(api, path, filename, body) {
  const url = await api.objectURL(path, body);
  const link = document.createElement("a");
  Object.assign(link, { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A table row of text cells, each labelled by its column's heading (`labelKeys`) for the stacked phone layout. */
export function tableRow(values, labelKeys) {
  const row = document.createElement("tr");
  values.forEach((value, index) => {
    const cell = row.insertCell();
    cell.textContent = value ?? "";
    cell.dataset.label = t(labelKeys[index]);
  });
  return row;
}

/** Appends to `cell` a row action button: `action` and `id` in its data, worded `key`, and named for `name` to a
 * screen reader ("Release: Visit no. 12"). */
export function rowButton(cell, { action, id, key, name, disabled = false }) {
  const element = document.createElement("button");
  element.type = "button";
  Object.assign(element.dataset, { action, id });
  element.textContent = t(key);
  element.setAttribute("aria-label", `${t(key)}: ${name}`);
  element.disabled = disabled;
  cell.append(element);
  return element;
}

/** A table row that says the list is empty, across `columns` columns. */
export function emptyRow(columns, key) {
  const row = document.createElement("tr");
  const cell = row.insertCell();
  cell.colSpan = columns;
  cell.textContent = t(key);
  return row;
}

/** A date and time (`dateStyle`/`timeStyle` of Intl) as the current language writes it, in `timeZone`. */
export function localTime(iso, timeZone, options = { dateStyle: "medium", timeStyle: "short" }) {
  if (!iso) return "";
  return new Intl.DateTimeFormat(currentLanguage() === "nb" ? "nb-NO" : "en-GB", { ...options, timeZone }).format(new Date(iso));
}

/** Runs a screen's `action` one at a time (`view.busy`) with its button disabled: a 400 or 409 naming a field in
 * `fields` is said at that input, others in `fallback`; a 404 or 409 reloads the screen's list. `action` gets
 * `current()`, false once the person signed out meanwhile (the answer then says nothing). True when it succeeded. */
export async function guarded(view, button, fields, fallback, action) {
  if (button.disabled || view.busy) return false;
  const signIn = view.signIns;
  const current = () => signIn === view.signIns;
  button.disabled = true;
  view.busy = true;
  for (const id of Object.values(fields)) view.errors[`${id}-error`]?.clear();
  fallback.clear();
  try {
    await action(current);
    return current();
  } catch (error) {
    if (error.status === 401 || !current()) return false;
    const field = fields[error.field];
    if (field && (error.status === 400 || error.status === 409)) {
      view.errors[`${field}-error`].show(error.status === 400 ? "console.step.invalid" : "console.conflict", { reason: error.message }, true);
      document.getElementById(field).focus();
    } else if (error.status === 400) fallback.show("console.step.invalid", { reason: error.message }, true);
    else fallback.fail(error);
    if (error.status === 404 || error.status === 409) view.refresh();
    return false;
  } finally {
    if (current()) {
      view.busy = false;
      button.disabled = false;
    }
  }
}
