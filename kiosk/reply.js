// The page a host's link opens: shows whom the link is about and records an answer, to the arrival (coming, soon,
// cannot) or, for a reminder link, whether the visitor has left (which checks them out) or is still there. The token
// travels in the URL's fragment (never sent to a server or a proxy log) and then only in request bodies.
const token = new URLSearchParams(location.hash.slice(1)).get("token") || "";
const visit = document.getElementById("reply-visit");
const answers = document.getElementById("reply-answers");
const result = document.getElementById("reply-result");
const buttons = [...answers.querySelectorAll("button")];
const SAID = {
  coming: "Den besøkende får beskjed om at du kommer nå. · The visitor is told you are coming now.",
  soon: "Den besøkende får beskjed om at du kommer om 5–10 minutter. · The visitor is told you will come in 5–10 minutes.",
  cannot: "Resepsjonen ser at du ikke kan komme, og den besøkende får beskjed. · Reception sees you cannot come, and the visitor is told.",
  left: "Den besøkende er sjekket ut. Takk! · The visitor is checked out. Thank you!",
  staying: "Notert: den besøkende er fortsatt her. · Noted: the visitor is still here.",
};
const GONE = "Lenken gjelder ikke lenger: besøket er avsluttet eller dagen er omme. · The link no longer works: the visit has ended or the day is over.";
const FAILED = "Det gikk ikke akkurat nå. Prøv igjen. · That did not work just now. Please try again.";
const SETTLED = "Du har allerede svart på påminnelsen. · You have already answered the reminder.";

/** POSTs `body` to `path`; the parsed answer, or an object with the status (0 when the network or the answer
 * failed on the way). */
async function post(path, body) {
  try {
    const response = await fetch(path, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    return response.ok ? { status: response.status, view: await response.json() } : { status: response.status };
  } catch {
    return { status: 0 };
  }
}

/** Shows the visit, the answers its link offers, and which one was given so far. */
function show(view) {
  visit.textContent = view.purpose === "reminder"
    ? `Er ${view.visitor} (kom ${view.localTime}) fortsatt her? · Is ${view.visitor} (arrived at ${view.localTime}) still here?`
    : `${view.visitor} kom ${view.localTime} · arrived at ${view.localTime}`;
  for (const button of buttons) {
    button.hidden = button.dataset.purpose !== view.purpose;
    button.setAttribute("aria-pressed", String(button.dataset.answer === view.answer));
  }
  answers.hidden = view.answer === "left";
}

/** Says why the link shows nothing, hiding the answers when it cannot work. */
function refuse(status) {
  const gone = status === 404 || status === 400;
  if (gone) {
    answers.hidden = true;
    visit.textContent = GONE;
  }
  result.textContent = gone ? "" : status === 409 ? SETTLED : FAILED;
}

/** Fetches the visit; without a connection it says so and tries again, every 5 seconds up to a minute apart. */
async function load(delay = 5000) {
  if (!token) { visit.textContent = GONE; return; }
  const answer = await post("/api/v1/host-replies/view", { token });
  if (answer.view) {
    show(answer.view);
    result.textContent = "";
  } else {
    refuse(answer.status);
    if (answer.status === 0 || answer.status >= 500) setTimeout(() => load(Math.min(delay * 2, 60000)), delay);
  }
}

for (const button of buttons) {
  button.addEventListener("click", async () => {
    buttons.forEach((each) => { each.disabled = true; });
    button.setAttribute("aria-busy", "true");
    const answer = await post("/api/v1/host-replies", { token, answer: button.dataset.answer });
    button.removeAttribute("aria-busy");
    buttons.forEach((each) => { each.disabled = false; });
    if (answer.view) {
      show(answer.view);
      result.textContent = SAID[answer.view.answer];
    } else {
      refuse(answer.status);
    }
  });
}

load();
