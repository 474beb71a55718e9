// The field mode (/operator/field; the form works without this as an ordinary page).
// A submitted interview goes to POST /api/v1/operator/interviews under a key made on the
// device. Without a connection it waits in IndexedDB and is sent on `online` and on the
// next page load; the key makes a repeated send store once. An interview the server
// refuses (422, 409…) is not retried forever: it moves to «Требуют исправления» with the
// server's message. A refusal right at submit instead posts the form, so the server shows
// the errors beside the questions.
(function () {
  'use strict';
  var form = document.querySelector('form.field');
  var status = document.getElementById('field-status');
  var rejected = document.getElementById('field-rejected');
  if (!form || !status || !rejected || !window.fetch || !window.indexedDB || !window.Promise) return;
  if (navigator.serviceWorker) {
    navigator.serviceWorker.register('/static/field-sw.js', { scope: '/operator/field' }).catch(function () {});
  }
  var csrf = form.elements.csrf.value;
  // Not the interview's fault: the session or the server; the interview waits and is sent later.
  var later = [401, 403, 408, 429];

  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  // Runs work(store) in one transaction of the device's queue; resolves with its request's result.
  function inQueue(mode, work) {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open('nok-field', 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('interviews', { keyPath: 'idempotency_key' }); };
      open.onerror = function () { reject(open.error); };
      open.onsuccess = function () {
        var db = open.result, tx = db.transaction('interviews', mode), request = work(tx.objectStore('interviews'));
        tx.oncomplete = function () { db.close(); resolve(request.result); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      };
    });
  }
  function all() { return inQueue('readonly', function (s) { return s.getAll(); }); }
  function keep(item) { return inQueue('readwrite', function (s) { return s.put(item); }); }
  function forget(key) { return inQueue('readwrite', function (s) { return s.delete(key); }); }

  function collect() {
    var item = { org: form.elements.org.value, channel: '', idempotency_key: newKey(), answers: {}, saved_at: new Date().toISOString() };
    new FormData(form).forEach(function (value, name) {
      if (name === 'channel') item.channel = value;
      else if (name !== 'csrf' && name !== 'idempotency_key' && name !== 'org') item.answers[name] = value;
    });
    return item;
  }

  // Resolves 'sent', 'later' (no connection, or not the interview's fault) or a refusal's message.
  function send(item) {
    return fetch('/api/v1/operator/interviews', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ org: item.org, channel: item.channel, idempotency_key: item.idempotency_key, answers: item.answers })
    }).then(function (response) {
      if (response.ok) return 'sent';
      if (response.status >= 500 || later.indexOf(response.status) >= 0) return 'later';
      return response.json().then(function (body) { return body.error.message; }, function () { return 'Ошибка ' + response.status; });
    }, function () { return 'later'; });
  }

  function show(items, note) {
    var waiting = items.filter(function (item) { return !item.error; }).length;
    status.textContent = waiting > 0
      ? 'Сохранено на устройстве, будет отправлено при подключении (' + waiting + ' в очереди)'
      : note || '';
    var list = rejected.querySelector('ul');
    list.textContent = '';
    items.filter(function (item) { return item.error; }).forEach(function (item) {
      var li = document.createElement('li');
      li.textContent = 'Анкета от ' + new Date(item.saved_at).toLocaleString('ru-RU') + ' (' + item.org + '): ' + item.error + ' ';
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'secondary';
      remove.textContent = 'Удалить';
      remove.addEventListener('click', function () { forget(item.idempotency_key).then(refresh); });
      li.appendChild(remove);
      list.appendChild(li);
    });
    rejected.hidden = !list.firstChild;
  }
  function refresh(note) { return all().then(function (items) { show(items, note); }); }

  // Sends the queue one by one until the connection fails; one run at a time.
  var syncing = null;
  function sync() {
    if (syncing) return syncing;
    var sent = 0;
    syncing = all().then(function (items) {
      var pending = items.filter(function (item) { return !item.error; });
      function next(i) {
        if (i >= pending.length) return null;
        var item = pending[i];
        return send(item).then(function (outcome) {
          if (outcome === 'later') return null;
          if (outcome === 'sent') sent++;
          else item.error = outcome;
          return (outcome === 'sent' ? forget(item.idempotency_key) : keep(item)).then(function () { return next(i + 1); });
        });
      }
      return next(0);
    }).then(function () {
      return refresh(sent > 0 ? 'Отправлено анкет с устройства: ' + sent + '. Очередь пуста.' : '');
    }).then(function () { syncing = null; }, function () { syncing = null; });
    return syncing;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var item = collect();
    send(item).then(function (outcome) {
      if (outcome === 'sent') return refresh('Анкета отправлена.').then(function () { form.reset(); });
      if (outcome === 'later') return keep(item).then(function () { form.reset(); return refresh(); });
      form.elements.idempotency_key.value = item.idempotency_key;  // the server shows the errors
      form.submit();
    });
  });
  window.addEventListener('online', sync);
  sync();
}());
