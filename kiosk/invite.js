// The page an invitation's SMS or e-mail links: the QR code that checks the visitor in with one scan at the desk,
// where and when the visit is, and whom they meet. The code travels in the URL's fragment (never sent to a server or a
// proxy log) and then only in the request body; the page shows nothing about the visitor themself. The last answer is
// kept for this tab, so that a reload in a lobby without signal still shows the code.
const visit = document.getElementById("invitation-visit");
const visitEn = document.getElementById("invitation-visit-en");
const figure = document.getElementById("invitation-code");
const qr = document.getElementById("invitation-qr");
const hint = document.getElementById("invitation-hint");
const result = document.getElementById("invitation-result");
const GONE = ["Invitasjonen gjelder ikke lenger: den er avlyst, eller dagen er omme.", "The invitation no longer works: it was cancelled, or the day is over."];
const UNKNOWN = ["Lenken er ikke gjenkjent. Bruk lenken i SMS-en eller e-posten, eller spør i resepsjonen.", "The link is not recognised. Use the link in the SMS or e-mail, or ask at reception."];
const RETRY = "Ingen forbindelse – prøver igjen … · No connection – trying again …";
const ARRIVED = "Du er sjekket inn. Vis koden igjen når du går. · You are checked in. Show the code again when you leave.";
let retry = null;

const code = () => new URLSearchParams(location.hash.slice(1)).get("code") || "";
const stored = () => JSON.parse(sessionStorage.getItem(`vaktbok.invitation.${code()}`) || "null");

/** The date `yyyy-MM-dd` as Norwegians write it, `dd.MM.yyyy`. */
const readable = (date) => date.split("-").reverse().join(".");

/** Says `texts` (bokmål, English) in place of the invitation, which is hidden. */
function say([nb, en]) {
  figure.hidden = true;
  visit.textContent = nb;
  visitEn.textContent = en;
  visitEn.hidden = false;
  result.textContent = "";
}

/** Shows the visit and its QR code. */
function show(invitation) {
  const when = invitation.from ? ` kl. ${invitation.from}–${invitation.until}` : "";
  const whenEn = invitation.from ? ` at ${invitation.from}–${invitation.until}` : "";
  visit.textContent = `${invitation.site}, ${readable(invitation.date)}${when}. ${invitation.host} tar imot deg.`;
  visitEn.textContent = `${invitation.site}, ${readable(invitation.date)}${whenEn}. ${invitation.host} will meet you.`;
  visitEn.hidden = false;
  qr.src = `data:image/png;base64,${invitation.qrPng}`;
  figure.hidden = false;
  result.textContent = invitation.status === "arrived" ? ARRIVED : "";
  hint.hidden = invitation.status === "arrived";
}

/** Fetches the invitation; without a connection it shows the last answer and tries again, 5 s up to a minute apart. */
async function load(delay = 5000) {
  clearTimeout(retry);
  if (!code()) return say(UNKNOWN);
  let status = 0;
  try {
    const response = await fetch("/api/v1/invitations/view", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code: code() }),
    });
    status = response.status;
    if (response.ok) {
      const invitation = await response.json();
      sessionStorage.setItem(`vaktbok.invitation.${code()}`, JSON.stringify(invitation));
      return show(invitation);
    }
  } catch {
    status = 0;
  }
  if (status === 400 || status === 404) {
    sessionStorage.removeItem(`vaktbok.invitation.${code()}`);
    return say(status === 400 ? UNKNOWN : GONE);
  }
  if (stored()) show(stored());
  result.textContent = RETRY;
  retry = setTimeout(() => load(Math.min(delay * 2, 60000)), delay);
}

// Another invitation's link opened in the same tab, or the page back in view: fetch again (it may have been
// cancelled or used meanwhile).
window.addEventListener("hashchange", () => load());
document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") load(); });
// The page itself is kept for a reload without a network (needs a secure context: https, or localhost).
navigator.serviceWorker?.register("/sw.js").catch(() => {});
load();
