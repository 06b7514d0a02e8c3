// Evacuation roll call, for reception and fire wardens on their phones: start one with everyone on site, mark
// people accounted for (several wardens at once; the page follows the others' marks every few seconds), end it and
// print the report. The snapshot and the marks not yet sent are kept in this tab's session storage for the length
// of the roll call, so the page keeps working when the building's network drops; queued marks are sent when the
// server answers again, and a mark sets a state rather than toggling one, so a replay never counts twice.
import { fold } from "./hosts.js";
import { clockTime, t } from "./i18n.js";
import { printDocument } from "./print.js";

const $ = (id) => document.getElementById(id);
const STORAGE_KEY = "vaktbok.rollcall";
/** The server's last answer, the marks not yet sent (each with the time of the tap), and the last ended roll call. */
let state = { server: null, queue: [], fetchedAt: null };
let ended = null;
/** The send in progress (a promise), so that ending waits for it; and whether a fetch is on its way. */
let sending = null;
let fetching = false;
/** Bumped by every answer applied, so that an older fetch answering late does not undo a newer mark. */
let version = 0;

function save() {
  if (state.server) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  else sessionStorage.removeItem(STORAGE_KEY);
}

/** What the page shows: the server's roll call with the queued marks applied. */
function shown() {
  if (!state.server) return null;
  const pending = new Map(state.queue.map((mark) => [mark.visitId, mark.accounted]));
  const entries = state.server.entries.map((entry) => (pending.has(entry.visitId) ? { ...entry, accounted: pending.get(entry.visitId) } : entry));
  return { ...state.server, entries, missing: entries.filter((entry) => !entry.accounted).length };
}

/** How many marks wait to be sent (sign-out tries to send them first). */
export function pendingMarks() {
  return state.queue.length;
}

/** Forgets the roll call and its queue (sign-out). */
export function forgetRollCall() {
  state = { server: null, queue: [], fetchedAt: null };
  ended = null;
  sessionStorage.removeItem(STORAGE_KEY);
  $("rollcall-entries").replaceChildren();
  delete $("rollcall-entries").dataset.drawn;
  $("rollcall-search").value = "";
  for (const id of ["rollcall-count", "rollcall-status", "rollcall-error", "rollcall-summary"]) $(id).textContent = "";
}

/** Sends queued marks, then fetches the site's open roll call (one fetch at a time); without a connection the
 * stored one stays. */
export async function refreshRollCall(api) {
  if (!state.server) state = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || "null") ?? state;
  if (fetching) return;
  fetching = true;
  try {
    await flush(api);
    const before = version;
    const current = await api.json("GET", `/api/v1/rollcalls/current?site=${encodeURIComponent(api.session.site)}`);
    if (version === before && state.queue.length === 0) {
      if (state.server && !current.rollCall) ended = await api.json("GET", `/api/v1/rollcalls/${state.server.id}`).catch(() => null);
      apply(current.rollCall ?? null);
    }
    $("rollcall-error").textContent = "";
  } catch (error) {
    if (error.status && error.status !== 401) $("rollcall-error").textContent = t("error.general");
  } finally {
    fetching = false;
  }
  save();
  show(api);
}

function apply(server) {
  version += 1;
  state.server = server;
  state.fetchedAt = new Date().toISOString();
}

/** Sends the queued marks in order, one send at a time (a second call waits for the first). */
function flush(api) {
  sending ??= sendQueue(api).finally(() => { sending = null; });
  return sending;
}

/** Sends marks until the queue is empty. A mark the server refuses for good (an unknown person, a bad request) is
 * dropped; a busy or failing server, or no connection, keeps it for the next try. When another warden has ended
 * the roll call, the marks not recorded are counted on screen. */
async function sendQueue(api) {
  while (state.queue.length) {
    const mark = state.queue[0];
    try {
      const answer = await api.json("PUT", `/api/v1/rollcalls/${state.server.id}/entries/${mark.visitId}`, { accounted: mark.accounted, markedAt: mark.markedAt });
      state.queue = state.queue.filter((queued) => queued !== mark);
      apply(answer);
    } catch (error) {
      if (error.status === 409) {
        $("rollcall-error").textContent = t("rollcall.endedElsewhere", { count: state.queue.length });
        state.queue = [];
      } else if ([400, 404].includes(error.status)) state.queue = state.queue.filter((queued) => queued !== mark);
      else throw error;
    }
    save();
  }
}

/** A warden's mark: shown at once, queued with the time of the tap, and sent (now or when the server answers again).
 * Marking back to what the server already has just drops the queued mark, so an offline found-then-undo never
 * clears another warden's mark. */
async function mark(api, visitId, accounted) {
  const known = state.server.entries.find((entry) => entry.visitId === visitId)?.accounted;
  const markedAt = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  state.queue = state.queue.filter((queued) => queued.visitId !== visitId);
  if (known !== accounted) state.queue.push({ visitId, accounted, markedAt });
  save();
  show(api);
  $(`rollcall-entry-${visitId}`)?.focus();
  try {
    await flush(api);
  } catch {
    // No connection or a busy server: the mark stays queued and is sent on the next refresh.
  }
  show(api);
}

export async function startRollCall(api, event) {
  event.preventDefault();
  $("rollcall-error").textContent = "";
  const assemblyPoint = $("rollcall-assembly").value.trim();
  try {
    const rollCall = await api.json("POST", "/api/v1/rollcalls", {
      site: api.session.site, kind: $("rollcall-drill").checked ? "drill" : "evacuation",
      notify: $("rollcall-notify").checked, ...(assemblyPoint ? { assemblyPoint } : {}),
    });
    state = { server: null, queue: [], fetchedAt: null };
    apply(rollCall);
    ended = null;
    save();
    show(api);
    $("rollcall-search").focus();
  } catch (error) {
    if (error.status === 401) return;
    if (error.status === 409) return refreshRollCall(api);
    $("rollcall-error").textContent = t(error.field === "assemblyPoint" ? "rollcall.assemblyError" : error.status ? "error.general" : "error.offlineRetry");
  }
}

/** Ends the roll call after a second press; queued marks go first. */
export async function endRollCall(api, button) {
  if (!button.dataset.confirm) {
    button.dataset.confirm = "yes";
    button.textContent = t("rollcall.endConfirm");
    return;
  }
  delete button.dataset.confirm;
  button.textContent = t("rollcall.end");
  try {
    await flush(api);
    ended = await api.json("POST", `/api/v1/rollcalls/${state.server.id}/end`);
    state = { server: null, queue: [], fetchedAt: null };
    version += 1;
    save();
  } catch (error) {
    if (error.status === 401) return;
    $("rollcall-error").textContent = t(error.status ? "error.general" : "error.offlineRetry");
  }
  show(api);
}

/** Prints the last ended roll call's report from the print frame. */
export async function printRollCallReport(api) {
  try {
    printDocument(await api.objectURL(`/api/v1/rollcalls/${ended.id}/report.html`), t("rollcall.reportTitle"));
  } catch (error) {
    if (error.status !== 401) $("rollcall-error").textContent = t(error.status ? "error.general" : "error.offlineRetry");
  }
}

/** Draws the screen: the start form, the open roll call (missing first, filtered by the search), or the summary. */
export function show(api) {
  const rollCall = shown();
  $("rollcall-start").hidden = Boolean(rollCall);
  $("rollcall-open").hidden = !rollCall;
  $("rollcall-ended").hidden = !ended || Boolean(rollCall);
  if (ended && !rollCall) {
    const minutes = ended.secondsToFullCount == null ? null : Math.round(ended.secondsToFullCount / 60);
    $("rollcall-summary").textContent = t(minutes == null ? "rollcall.endedMissing" : "rollcall.endedAll", { missing: ended.missing, total: ended.total, minutes });
  }
  if (!rollCall) return;
  $("rollcall-kind").textContent = t(rollCall.kind === "drill" ? "rollcall.drillRunning" : "rollcall.evacuationRunning");
  $("rollcall-count").textContent = t("rollcall.count", { missing: rollCall.missing, total: rollCall.total });
  const time = state.fetchedAt ? clockTime(new Date(state.fetchedAt), api.session.timeZone) : "";
  $("rollcall-status").textContent = state.queue.length
    ? t("rollcall.queued", { count: state.queue.length })
    : t(api.connection.offline ? "list.offline" : "list.updated", { time });
  const words = fold($("rollcall-search").value).split(" ").filter(Boolean);
  const matching = rollCall.entries
    .filter((entry) => words.every((word) => fold(entry.name).includes(word)))
    .sort((a, b) => Number(a.accounted) - Number(b.accounted) || a.name.localeCompare(b.name, "nb"));
  // Redrawn only when something shown changed, so that a tap during a refresh lands on the button it aimed at.
  const drawn = JSON.stringify([rollCall.id, t("rollcall.found"), matching.map((entry) => [entry.visitId, entry.accounted, entry.name, entry.host])]);
  if ($("rollcall-entries").dataset.drawn === drawn) return;
  $("rollcall-entries").dataset.drawn = drawn;
  const focused = document.activeElement?.id;
  $("rollcall-entries").replaceChildren(...matching.map((entry) => entryItem(api, entry)));
  if (focused?.startsWith("rollcall-entry-")) $(focused)?.focus();
}

function entryItem(api, entry) {
  const item = document.createElement("li");
  item.className = entry.accounted ? "accounted" : "missing";
  const who = document.createElement("span");
  who.className = "who";
  who.textContent = `${entry.name} · ${t("onsite.host")}: ${entry.host}`;
  const button = document.createElement("button");
  button.type = "button";
  button.id = `rollcall-entry-${entry.visitId}`;
  button.className = entry.accounted ? "undo" : "found";
  button.textContent = t(entry.accounted ? "rollcall.undo" : "rollcall.found");
  button.setAttribute("aria-label", t(entry.accounted ? "rollcall.undoLabel" : "rollcall.foundLabel", { name: entry.name }));
  button.addEventListener("click", () => mark(api, entry.visitId, !entry.accounted));
  item.append(who, button);
  if (entry.accounted) {
    const tag = document.createElement("span");
    tag.className = "tag";
    tag.textContent = t("rollcall.accounted");
    item.append(tag);
  }
  return item;
}
