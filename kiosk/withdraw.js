// The page an apprenticeship e-mail's link opens: withdraws the consent named by the token in the URL's fragment.
const token = new URLSearchParams(location.hash.slice(1)).get("token") || "";
const button = document.getElementById("withdraw");
const result = document.getElementById("withdraw-result");

/** Shows `text` under the button. */
function show(text) {
  result.textContent = text;
}

if (!token) {
  button.disabled = true;
  show("Lenken mangler koden sin. · The link is missing its code.");
}

button.addEventListener("click", async () => {
  button.disabled = true;
  const response = await fetch("/api/v1/consents/withdraw", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token }),
  }).catch(() => null);
  if (response && response.ok) {
    show("Samtykket er trukket, og opplysningene dine er slettet. · Your consent is withdrawn and your details are deleted.");
  } else if (response && response.status === 404) {
    show("Samtykket finnes ikke lenger: det er allerede trukket eller utløpt. · The consent no longer exists: already withdrawn or expired.");
  } else {
    button.disabled = false;
    show("Det gikk ikke akkurat nå. Prøv igjen om litt. · That did not work just now. Please try again shortly.");
  }
});
