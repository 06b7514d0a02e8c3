// Every visible string of the kiosk, one table per language, and the language in use. Bokmål is the default.
const translations = {
  nb: {
    "language.switch": "English",
    "nav.checkin": "Registrer besøk",
    "nav.checkout": "Utsjekk",
    "nav.onsite": "På huset nå",
    "nav.logout": "Logg ut",
    "login.title": "Logg inn",
    "login.username": "Brukernavn",
    "login.password": "Passord",
    "login.site": "Kontor (kode)",
    "login.siteHint": "Bare for brukere som ikke er knyttet til ett kontor, f.eks. OSL.",
    "login.submit": "Logg inn",
    "login.failed": "Feil brukernavn eller passord.",
    "login.throttled": "For mange mislykkede forsøk. Prøv igjen om litt.",
    "login.siteRequired": "Skriv inn kontorkoden.",
    "login.expired": "Økten er utløpt. Logg inn igjen.",
    "checkin.title": "Registrer besøkende",
    "checkin.name": "Fullt navn",
    "checkin.phone": "Mobilnummer",
    "checkin.host": "Hvem besøker du?",
    "checkin.noHosts": "Ingen treff",
    "checkin.notice": "Navn og telefonnummer brukes til å varsle verten din og til smittesporing, og slettes etter 10 dager.",
    "checkin.noticeVersion": "Personvernerklæring, versjon",
    "checkin.submit": "Registrer og skriv ut merke",
    "error.name": "Skriv fullt navn: 2–100 bokstaver, mellomrom, bindestrek, apostrof eller punktum.",
    "error.phone": "Ugyldig nummer: 8 siffer som starter med 4 eller 9, eller + og landskode.",
    "error.hostId": "Velg verten fra listen.",
    "error.site": "Kontoret finnes ikke eller er ikke ditt.",
    "error.general": "Noe gikk galt. Prøv igjen.",
    "badge.title": "Besøksmerke",
    "badge.alt": "Besøksmerke med QR-kode for {name}",
    "badge.print": "Skriv ut",
    "badge.next": "Neste besøkende",
    "checkout.title": "Utsjekk",
    "checkout.scan": "Skann QR-koden på merket",
    "checkout.done": "Ha det, {name}!",
    "checkout.already": "Merket er allerede sjekket ut.",
    "checkout.unknown": "Ukjent merke.",
    "onsite.title": "På huset nå",
    "onsite.name": "Navn",
    "onsite.host": "Vert",
    "onsite.since": "Siden",
    "onsite.action": "Handling",
    "onsite.checkout": "Sjekk ut",
    "onsite.checkoutLabel": "Sjekk ut {name}",
    "onsite.print": "Skriv ut evakueringsliste",
    "onsite.empty": "Ingen besøkende på huset.",
    "nav.groups": "Skolegrupper",
    "groups.title": "Skolegrupper i dag",
    "groups.empty": "Ingen grupper er ventet i dag.",
    "groups.host": "Vert",
    "groups.count": "{arrived} av {total} har kommet",
    "groups.teacher": "lærer",
    "groups.arriveSelected": "Registrer de avkryssede",
    "groups.arriveAll": "Registrer hele gruppen",
    "groups.badges": "Skriv ut navneskilt",
    "groups.noneTicked": "Kryss av for dem som har kommet.",
    "groups.noContactPhone": "Gruppen mangler kontakttelefon. Importer listen på nytt med lærerens nummer."
  },
  en: {
    "language.switch": "Norsk",
    "nav.checkin": "Check in",
    "nav.checkout": "Check out",
    "nav.onsite": "On site now",
    "nav.logout": "Sign out",
    "login.title": "Sign in",
    "login.username": "Username",
    "login.password": "Password",
    "login.site": "Office (code)",
    "login.siteHint": "Only for staff not bound to one office, e.g. OSL.",
    "login.submit": "Sign in",
    "login.failed": "Wrong username or password.",
    "login.throttled": "Too many failed attempts. Try again in a while.",
    "login.siteRequired": "Enter the office code.",
    "login.expired": "The session has ended. Sign in again.",
    "checkin.title": "Register a visitor",
    "checkin.name": "Full name",
    "checkin.phone": "Mobile number",
    "checkin.host": "Who are you visiting?",
    "checkin.noHosts": "No matches",
    "checkin.notice": "Your name and phone number are used to notify your host and for contact tracing, and are deleted after 10 days.",
    "checkin.noticeVersion": "Privacy notice, version",
    "checkin.submit": "Register and print badge",
    "error.name": "Enter a full name: 2–100 letters, spaces, hyphens, apostrophes or periods.",
    "error.phone": "Invalid number: 8 digits starting with 4 or 9, or + and a country code.",
    "error.hostId": "Choose the host from the list.",
    "error.site": "The office does not exist or is not yours.",
    "error.general": "Something went wrong. Please try again.",
    "badge.title": "Visitor badge",
    "badge.alt": "Visitor badge with QR code for {name}",
    "badge.print": "Print",
    "badge.next": "Next visitor",
    "checkout.title": "Check out",
    "checkout.scan": "Scan the QR code on the badge",
    "checkout.done": "Goodbye, {name}!",
    "checkout.already": "This badge is already checked out.",
    "checkout.unknown": "Unknown badge.",
    "onsite.title": "On site now",
    "onsite.name": "Name",
    "onsite.host": "Host",
    "onsite.since": "Since",
    "onsite.action": "Action",
    "onsite.checkout": "Check out",
    "onsite.checkoutLabel": "Check out {name}",
    "onsite.print": "Print evacuation list",
    "onsite.empty": "No visitors on site.",
    "nav.groups": "School groups",
    "groups.title": "School groups today",
    "groups.empty": "No groups are expected today.",
    "groups.host": "Host",
    "groups.count": "{arrived} of {total} have arrived",
    "groups.teacher": "teacher",
    "groups.arriveSelected": "Register those ticked",
    "groups.arriveAll": "Register the whole group",
    "groups.badges": "Print badges",
    "groups.noneTicked": "Tick those who have arrived.",
    "groups.noContactPhone": "The group has no contact phone. Import the list again with the teacher's number."
  }
};

let language = localStorage.getItem("vaktbok.language") === "en" ? "en" : "nb";

/** The language in use: "nb" or "en". */
export function currentLanguage() {
  return language;
}

/** Switches between bokmål and English and remembers the choice on this terminal. */
export function toggleLanguage() {
  language = language === "nb" ? "en" : "nb";
  localStorage.setItem("vaktbok.language", language);
}

/** The text for `key` in the current language, with `{name}` placeholders filled from `values`. */
export function t(key, values = {}) {
  const text = translations[language][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");
}

/** Writes every `data-i18n` element's text in the current language. */
export function applyLanguage() {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll("[data-i18n]")) element.textContent = t(element.dataset.i18n);
}
