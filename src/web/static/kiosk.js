// A terminal in a hall starts over for the next visitor: after a minute without a touch, a
// key or a scroll it goes back to its start page, replacing the history entry so that «Назад»
// does not bring the last person's page back; a page restored from the browser's
// back-forward cache starts over too. Nothing is kept in the browser's storage.
(function () {
  'use strict';
  var home = document.body.getAttribute('data-home');
  var idle = Number(document.body.getAttribute('data-idle')) * 1000;
  if (!home || !idle) return;
  try { window.localStorage.clear(); window.sessionStorage.clear(); } catch (e) { /* storage off */ }
  var timer = 0;
  function startOver() { window.location.replace(home); }
  function touched() {
    window.clearTimeout(timer);
    timer = window.setTimeout(startOver, idle);
  }
  ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart'].forEach(function (type) {
    document.addEventListener(type, touched, { capture: true, passive: true });
  });
  window.addEventListener('pageshow', function (event) { if (event.persisted) startOver(); });
  touched();
})();
