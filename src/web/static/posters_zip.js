// Progress for the posters' ZIP (the form works without it: the browser's own download).
// The archive is read through fetch() and its entries are counted as they arrive — each
// organisation is one stored entry whose local header gives its size — so progress needs
// no state on the server and works whichever `nok` process serves the download.
(function () {
  'use strict';
  var form = document.querySelector('form.posters-zip');
  var status = document.getElementById('posters-progress');
  if (!form || !status || !window.fetch || !window.ReadableStream) return;

  // Counts complete ZIP entries in a byte stream fed in arbitrary pieces.
  function entryCounter() {
    var header = new Uint8Array(30), have = 0, skip = 0, inEntry = false, count = 0, done = false;
    return function feed(bytes) {
      var i = 0;
      while (i < bytes.length && !done) {
        if (skip > 0) {
          var n = Math.min(skip, bytes.length - i);
          skip -= n; i += n;
          if (skip === 0 && inEntry) { count++; inEntry = false; }
          continue;
        }
        var take = Math.min(30 - have, bytes.length - i);
        header.set(bytes.subarray(i, i + take), have);
        have += take; i += take;
        if (have < 30) break;
        var view = new DataView(header.buffer);
        if (view.getUint32(0, true) !== 0x04034b50) { done = true; break; }  // the central directory
        skip = view.getUint32(18, true) + view.getUint16(26, true) + view.getUint16(28, true);
        have = 0; inEntry = true;
      }
      return count;
    };
  }

  // The exact name (RFC 5987 filename*, Russian words) before the Latin fallback.
  function fileName(response) {
    var header = response.headers.get('Content-Disposition') || '';
    var exact = /filename\*=UTF-8''([^;]+)/.exec(header);
    if (exact) return decodeURIComponent(exact[1]);
    var match = /filename="([^"]+)"/.exec(header);
    return match ? match[1] : 'posters.zip';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var url = form.action + '?' + new URLSearchParams(new FormData(form)).toString();
    var button = form.querySelector('button');
    button.disabled = true;
    status.textContent = 'Архив собирается…';
    fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok || !response.body) { window.location.href = url; return; }  // the server's message
      var total = response.headers.get('X-Nok-Organisations') || '?';
      var feed = entryCounter(), parts = [], reader = response.body.getReader();
      function pump() {
        return reader.read().then(function (step) {
          if (step.done) return;
          parts.push(step.value);
          status.textContent = 'Готово ' + feed(step.value) + ' из ' + total + ' организаций';
          return pump();
        });
      }
      return pump().then(function () {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob(parts, { type: 'application/zip' }));
        link.download = fileName(response);
        document.body.appendChild(link);
        link.click();
        link.remove();
        status.textContent = 'Готово: ' + total + ' из ' + total + ' организаций, архив сохранён.';
      });
    }).catch(function () {
      status.textContent = 'Загрузка прервалась. Попробуйте ещё раз.';
    }).then(function () { button.disabled = false; });
  });
})();
