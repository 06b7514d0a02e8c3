// Apprenticeship-information consent at the desk: the current text, who consents, and the under-15 rule.
import { currentLanguage, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const FIELDS = ["name", "email", "school", "consentedBy"];
let textVersion = null;

/** Shows the consent text in the current language and clears the form's messages. */
export async function showConsentForm(api) {
  for (const field of FIELDS) $(`consent-${field}-error`).textContent = "";
  $("consent-result").textContent = "";
  try {
    const text = await api.json("GET", "/api/v1/consents/text");
    textVersion = text.version;
    $("consent-text").textContent = text.text[currentLanguage()];
  } catch (error) {
    if (error.status !== 401) $("consent-result").textContent = t("error.general");
  }
  $("consent-name").focus();
}

/** Sends the form; the API's field errors appear next to their fields. */
export async function recordConsent(api, event) {
  event.preventDefault();
  for (const field of FIELDS) $(`consent-${field}-error`).textContent = "";
  try {
    const consent = await api.json("POST", "/api/v1/consents", {
      name: $("consent-name").value, email: $("consent-email").value, school: $("consent-school").value,
      consentedBy: $("consent-by").value, pupilIs15OrOlder: $("consent-15").checked, site: api.session.site, textVersion,
    });
    const date = new Intl.DateTimeFormat(currentLanguage() === "nb" ? "nb-NO" : "en-GB", { dateStyle: "long" }).format(new Date(consent.expiresAt));
    $("consent-form").reset();
    $("consent-result").textContent = t("consent.done", { date });
  } catch (error) {
    if (error.status === 401) return;
    if (FIELDS.includes(error.field)) $(`consent-${error.field}-error`).textContent = t(`error.${error.field}`);
    else if (error.field === "textVersion") await showConsentForm(api);
    else $("consent-result").textContent = t(error.status === 409 ? "consent.exists" : "error.general");
  }
}
