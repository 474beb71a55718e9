// Progressive enhancement of the survey form (the form works without it):
// - answers are kept in this browser while the form is filled, so a dropped connection or
//   a closed tab loses nothing; they are forgotten once the form is sent;
// - on a phone, one question per screen: «Вопрос 4 из 17» above it, «Назад» / «Далее» below,
//   a yes/no answer moves on by itself (a tap, a click or Space; an arrow key only chooses,
//   Enter then moves on), the focus goes to the next question so that a screen reader reads
//   it, and questions whose filter answer is not «Да» are skipped. Their numbers stay: the
//   count does not jump when a filter hides a question.
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
    if (!answers || document.getElementById('error-summary')) return;  // answers the server sent back win
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

  if (!window.matchMedia('(max-width: 40em)').matches || document.getElementById('error-summary')) return;

  var submit = form.querySelector('button[type="submit"]');
  var intro = document.querySelector('.intro');
  var tail = Array.prototype.slice.call(form.querySelectorAll('label[for="age"], #age'));
  var steps = questions.concat([null]);  // the last step: age and the submit button
  var current = 0;
  var arrowKey = false;  // an arrow key chooses a radio button (and clicks it): no moving on

  var progress = document.createElement('p');
  progress.className = 'progress';
  form.insertBefore(progress, form.firstChild);
  var nav = document.createElement('div');
  nav.className = 'stepper';
  nav.innerHTML = '<button type="button" class="secondary" data-go="-1">Назад</button> ' +
    '<button type="button" data-go="1">Далее</button>';
  form.insertBefore(nav, submit);

  function visible(index) { return steps[index] === null || !skipped(steps[index]); }

  function show(index, focus) {
    current = index;
    steps.forEach(function (step, i) { if (step) step.hidden = i !== index; });
    tail.forEach(function (el) { el.hidden = steps[index] !== null; });
    if (intro) intro.hidden = index !== 0;
    submit.hidden = steps[index] !== null;
    nav.querySelector('[data-go="-1"]').hidden = index === 0;
    nav.querySelector('[data-go="1"]').hidden = steps[index] === null;
    progress.textContent = 'Вопрос ' + (index + 1) + ' из ' + steps.length;
    if (focus) {
      var target = steps[index] ? steps[index].querySelector('legend') : document.getElementById('age');
      if (target.tagName === 'LEGEND') target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }

  function go(direction) {
    var next = current + direction;
    while (next > 0 && next < steps.length - 1 && !visible(next)) next += direction;
    show(Math.max(0, Math.min(steps.length - 1, next)), true);
  }

  function inCurrentStep(el) { return steps[current] && steps[current].contains(el); }

  nav.addEventListener('click', function (event) {
    var direction = Number(event.target.getAttribute('data-go'));
    if (direction) go(direction);
  });
  form.addEventListener('keydown', function (event) {
    arrowKey = /^Arrow/.test(event.key);
    if (event.key === 'Enter' && event.target.type === 'radio' && inCurrentStep(event.target)) {
      event.preventDefault();  // not the implicit submission of the whole form
      go(1);
    }
  });
  form.addEventListener('keyup', function () { arrowKey = false; });
  form.addEventListener('click', function (event) {
    if (event.target.type === 'radio' && !arrowKey && inCurrentStep(event.target)) go(1);
  });
  show(0, false);
}());
