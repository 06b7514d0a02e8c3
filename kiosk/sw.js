// The kiosk's app shell (and the visitor's invitation page) for a reload without a network (a phone browser reloads a tab it put away): the static
// files only, fetched from the network first so that an update shows at once, and from this cache when the network
// is gone. API answers (personal data) and health checks are never cached: those requests are not even seen here.
const CACHE = "vaktbok-kiosk-v4";
const SHELL = [
  "/", "/index.html", "/style.css", "/favicon.svg", "/app.js", "/api.js", "/connection.js", "/consent.js", "/expected.js", "/groups.js",
  "/hosts.js", "/i18n.js", "/onsite.js", "/print.js", "/printjobs.js", "/rollcall.js", "/invite.html", "/invite.js",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || !SHELL.includes(url.pathname)) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
        }
        return response;
      })
      .catch(() => caches.match(url.pathname).then((cached) => cached ?? Response.error())),
  );
});
