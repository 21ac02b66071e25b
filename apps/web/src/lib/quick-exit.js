// Quick exit enhancement (the button is a plain link without this): leave with location.replace so
// this site is not left in the tab's back history, and leave when Shift or Escape is pressed three
// times in a row, announcing how many presses are left.
(function () {
  'use strict';
  var root = document.querySelector('[data-quick-exit]');
  var link = /** @type {HTMLAnchorElement | null} */ (document.getElementById('quick-exit'));
  if (!root || !link) return;
  var href = link.href;
  var status = root.querySelector('[data-quick-exit-status]');
  var countdown = root.getAttribute('data-countdown') || '';
  var countdownOne = root.getAttribute('data-countdown-one') || countdown;
  var leaving = root.getAttribute('data-leaving') || '';
  var PRESSES = 3;
  var WINDOW_MS = 5000;
  /** @type {string | null} */
  var lastKey = null;
  var count = 0;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  var timer;

  /** @param {string} text */
  function announce(text) {
    if (status) status.textContent = text;
  }

  function exit() {
    announce(leaving);
    document.documentElement.classList.add('quick-exit-leaving');
    window.location.replace(href);
  }

  function reset() {
    count = 0;
    lastKey = null;
    announce('');
  }

  link.addEventListener('click', function (event) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    exit();
  });

  document.addEventListener('keydown', function (event) {
    var key = event.key === 'Shift' ? 'Shift' : event.key === 'Escape' ? 'Esc' : null;
    if (!key || event.repeat) {
      if (!key) reset();
      return;
    }
    count = key === lastKey ? count + 1 : 1;
    lastKey = key;
    clearTimeout(timer);
    if (count >= PRESSES) {
      exit();
      return;
    }
    var left = PRESSES - count;
    announce((left === 1 ? countdownOne : countdown).replace('{key}', key).replace('{n}', String(left)));
    timer = setTimeout(reset, WINDOW_MS);
  });
})();
