// The page an invitation's SMS or e-mail links: where and when the visit is, whom the visitor meets, and the QR code
// that checks them in with one scan at the desk. The code travels in the URL's fragment (never sent to a server or a
// proxy log) and then only in the request body; the page shows nothing about the visitor themself.
const code = new URLSearchParams(location.hash.slice(1)).get("code") || "";
const visit = document.getElementById("invitation-visit");
const figure = document.getElementById("invitation-code");
const qr = document.getElementById("invitation-qr");
const hint = document.getElementById("invitation-hint");
const result = document.getElementById("invitation-result");
const GONE = "Invitasjonen gjelder ikke lenger: den er avlyst, eller dagen er omme. · The invitation no longer works: it was cancelled, or the day is over.";
const RETRY = "Ingen forbindelse – prøver igjen … · No connection – trying again …";
const ARRIVED = "Du er sjekket inn. Vis koden igjen når du går. · You are checked in. Show the code again when you leave.";

/** The date `yyyy-MM-dd` as Norwegians write it, `dd.MM.yyyy`. */
const readable = (date) => date.split("-").reverse().join(".");

/** Shows the visit and its QR code. */
function show(invitation) {
  const time = invitation.from ? ` kl. ${invitation.from}–${invitation.until}` : "";
  const timeEn = invitation.from ? ` at ${invitation.from}–${invitation.until}` : "";
  visit.textContent = `${invitation.site}, ${readable(invitation.date)}${time}. ${invitation.host} tar imot deg. · `
    + `${invitation.site}, ${readable(invitation.date)}${timeEn}. ${invitation.host} will meet you.`;
  qr.src = `data:image/png;base64,${invitation.qrPng}`;
  figure.hidden = false;
  result.textContent = invitation.status === "arrived" ? ARRIVED : "";
  hint.hidden = invitation.status === "arrived";
}

/** Fetches the invitation; without a connection it says so and tries again, every 5 seconds up to a minute apart. */
async function load(delay = 5000) {
  if (!code) { visit.textContent = GONE; return; }
  let status = 0;
  try {
    const response = await fetch("/api/v1/invitations/view", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code }),
    });
    status = response.status;
    if (response.ok) return show(await response.json());
  } catch {
    status = 0;
  }
  if (status === 400 || status === 404) {
    figure.hidden = true;
    visit.textContent = GONE;
    return;
  }
  result.textContent = RETRY;
  setTimeout(() => load(Math.min(delay * 2, 60000)), delay);
}

load();
