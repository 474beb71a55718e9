// Progressive enhancement of the survey form (the form works without it):
// - answers are kept in this browser while the form is filled, so a dropped connection or
//   a closed tab loses nothing; they are forgotten once the form is sent;
// - on a phone, one question per screen with «Назад» / «Далее» and the progress, skipping
//   questions whose filter answer is «Нет».
(function () {
  'use strict';
  var form = document.querySelector('form.survey');
  if (!form) return;
  var storageKey = 'nok-survey:' + form.getAttribute('action');
  var questions = Array.prototype.slice.call(form.querySelectorAll('fieldset.question'));

  function save() {
    var answers = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'hidden') return;
      if ((el.type === 'radio' && el.checked) || el.type !== 'radio') answers[el.name] = el.value;
    });
    try { localStorage.setItem(storageKey, JSON.stringify(answers)); } catch (e) { /* private mode */ }
  }

  function restore() {
    var answers;
    try { answers = JSON.parse(localStorage.getItem(storageKey) || 'null'); } catch (e) { answers = null; }
    if (!answers || form.querySelector('.error')) return;  // answers the server sent back win
    Object.keys(answers).forEach(function (name) {
      Array.prototype.forEach.call(form.querySelectorAll('[name="' + name + '"]'), function (el) {
        if (el.type === 'radio') el.checked = el.value === answers[name];
        else el.value = answers[name];
      });
    });
  }

  function skipped(fieldset) {
    var filter = fieldset.getAttribute('data-filter');
    if (!filter) return false;
    var yes = form.querySelector('[name="' + filter + '"][value="1"]');
    return !(yes && yes.checked);
  }

  restore();
  form.addEventListener('change', save);
  form.addEventListener('submit', function () {
    try { localStorage.removeItem(storageKey); } catch (e) { /* private mode */ }
  });

  if (!window.matchMedia('(max-width: 40em)').matches || form.querySelector('.error')) return;

  var submit = form.querySelector('button[type="submit"]');
  var tail = Array.prototype.slice.call(form.querySelectorAll('label[for="age"], #age'));
  var steps = questions.concat([null]);  // the last step: age and the submit button
  var current = 0;
  var nav = document.createElement('div');
  nav.className = 'stepper';
  nav.innerHTML = '<p class="progress" aria-live="polite"></p>' +
    '<button type="button" class="secondary" data-go="-1">Назад</button> ' +
    '<button type="button" data-go="1">Далее</button>';
  form.insertBefore(nav, submit);
  var progress = nav.querySelector('.progress');

  function visible(index) { return steps[index] === null || !skipped(steps[index]); }

  function show(index, focus) {
    current = index;
    steps.forEach(function (step, i) { if (step) step.hidden = i !== index; });
    tail.forEach(function (el) { el.hidden = steps[index] !== null; });
    submit.hidden = steps[index] !== null;
    nav.querySelector('[data-go="-1"]').hidden = index === 0;
    nav.querySelector('[data-go="1"]').hidden = steps[index] === null;
    var shown = steps.filter(function (s, i) { return i <= index && visible(i); }).length;
    var total = steps.filter(function (s, i) { return visible(i); }).length;
    progress.textContent = 'Шаг ' + shown + ' из ' + total;
    if (focus) {
      var target = steps[index] ? steps[index].querySelector('legend') : document.getElementById('age');
      if (target) { target.setAttribute('tabindex', '-1'); target.focus(); }
    }
  }

  nav.addEventListener('click', function (event) {
    var go = Number(event.target.getAttribute('data-go'));
    if (!go) return;
    var next = current + go;
    while (next > 0 && next < steps.length - 1 && !visible(next)) next += go;
    show(Math.max(0, Math.min(steps.length - 1, next)), true);
  });
  show(0, false);
}());
