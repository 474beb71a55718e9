// The field mode's service worker (registered by field.js with the scope /operator/field;
// the server sends Service-Worker-Allowed for it). It keeps the page and its files so the
// field mode opens without a connection. Pages come from the network first — a fresh CSRF
// token and progress — and from the cache only offline. POSTs pass untouched: field.js
// queues interviews itself, where it can tell the operator what happened.
'use strict';
var CACHE = 'nok-field-1';
var FILES = ['/static/site.css', '/static/field.js', '/static/field.webmanifest', '/static/field-icon.svg'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(FILES); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key !== CACHE; }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname !== '/operator/field' && FILES.indexOf(url.pathname) < 0) return;
  event.respondWith(fetch(request).then(function (response) {
    // A redirect means the session ended (the sign-in page): not a copy to open offline.
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { return cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request).then(function (cached) { return cached || Response.error(); });
  }));
});
