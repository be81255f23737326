/*
 * Kiosk behaviour that must work even when the server cannot be reached:
 *  - the idle prompt ("Are you still there?") with a visible countdown, then a fresh start;
 *  - a calm message while the connection is lost, and a fresh start once the server is back;
 *  - reading the page aloud with the browser's speech synthesis;
 *  - text size and contrast, applied to the whole page.
 * Settings come from data attributes on <body>, set by the server (KioskLayout).
 */
(function () {
  'use strict';

  var RESET_URL = '/start-again';
  var body = document.body;
  var idleTimer = null;
  var countdownTimer = null;
  var prompt = null;
  var offline = null;
  var used = false;                     // someone has touched the screen since it last started afresh

  function data(name, fallback) {
    var value = body.getAttribute('data-kiosk-' + name);
    return value === null || value === '' ? fallback : value;
  }

  function startAgain() {
    window.dispatchEvent(new Event('kiosk-reset'));
    stopReading();
    window.location.replace(RESET_URL);
  }

  // ---- idle prompt -------------------------------------------------------------------------------------------

  function idleSeconds() { return parseInt(data('idle-seconds', '90'), 10); }
  function warnSeconds() { return Math.max(20, parseInt(data('warn-seconds', '30'), 10)); }

  function touched() {
    if (prompt) { return; }              // only the prompt's own button carries on
    clearTimeout(idleTimer);
    idleTimer = setTimeout(askStillThere, Math.max(5, idleSeconds() - warnSeconds()) * 1000);
  }

  function askStillThere() {
    if (!used) { touched(); return; }    // nothing to forget on an untouched screen
    prompt = document.createElement('div');
    prompt.className = 'kiosk-prompt';
    prompt.setAttribute('role', 'alertdialog');
    prompt.setAttribute('aria-modal', 'true');
    prompt.setAttribute('aria-labelledby', 'kiosk-prompt-title');
    prompt.setAttribute('aria-describedby', 'kiosk-prompt-count');
    var box = document.createElement('div');
    box.className = 'kiosk-prompt-box';
    var title = document.createElement('h2');
    title.id = 'kiosk-prompt-title';
    title.textContent = data('still-there', 'Are you still there?');
    var count = document.createElement('p');
    count.id = 'kiosk-prompt-count';
    count.setAttribute('aria-live', 'polite');
    var stay = document.createElement('button');
    stay.type = 'button';
    stay.className = 'kiosk-prompt-stay';
    stay.textContent = data('still-here', "Yes, I'm still here");
    stay.addEventListener('click', function () { closePrompt(); touched(); });
    var leave = document.createElement('button');
    leave.type = 'button';
    leave.className = 'kiosk-prompt-leave';
    leave.textContent = data('finished', "I've finished - start again");
    leave.addEventListener('click', startAgain);
    box.append(title, count, stay, leave);
    prompt.appendChild(box);
    body.appendChild(prompt);
    stay.focus();
    var left = warnSeconds();
    var template = data('clearing-in', 'To keep your details private, this screen will clear in {0} seconds.');
    function tick() {
      count.textContent = template.replace('{0}', String(left));
      if (left-- <= 0) { startAgain(); }
    }
    tick();
    countdownTimer = setInterval(tick, 1000);
  }

  function closePrompt() {
    clearInterval(countdownTimer);
    if (prompt) { prompt.remove(); prompt = null; }
  }

  ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'].forEach(function (type) {
    document.addEventListener(type, function () { used = true; touched(); }, {capture: true, passive: true});
  });

  // ---- lost connection ---------------------------------------------------------------------------------------

  function showOffline() {
    if (offline) { return; }
    closePrompt();
    offline = document.createElement('div');
    offline.className = 'kiosk-offline';
    offline.setAttribute('role', 'status');
    var text = document.createElement('p');
    text.textContent = data('offline', 'Sorry, this screen has lost its connection. It will start again by itself '
        + 'in a moment. If you need help now, please ask a member of staff.');
    offline.appendChild(text);
    body.appendChild(offline);
    waitForServer();
  }

  function waitForServer() {
    fetch('/actuator/health', {cache: 'no-store'})
      .then(function (response) { if (response.ok) { startAgain(); } else { throw new Error('not ready'); } })
      .catch(function () { setTimeout(waitForServer, 3000); });
  }

  function watchConnection() {
    var state = window.Vaadin && window.Vaadin.connectionState;
    if (!state || !state.addStateChangeListener) { setTimeout(watchConnection, 500); return; }
    state.addStateChangeListener(function (previous, current) {
      if (current === 'connection-lost' || current === 'reconnecting') { showOffline(); }
    });
  }

  // ---- reading aloud -----------------------------------------------------------------------------------------

  function stopReading() {
    if (window.speechSynthesis) { window.speechSynthesis.cancel(); }
  }

  window.kioskReadAloud = function () {
    if (!('speechSynthesis' in window)) { return false; }
    if (window.speechSynthesis.speaking) { stopReading(); return true; }
    var main = document.querySelector('main') || body;
    var utterance = new SpeechSynthesisUtterance(main.innerText);
    utterance.lang = document.documentElement.lang || 'en-GB';
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
    return true;
  };

  window.kioskCanReadAloud = function () { return 'speechSynthesis' in window; };

  // ---- text size and contrast --------------------------------------------------------------------------------

  window.kioskAppearance = function (textSize, highContrast, language) {
    var root = document.documentElement;
    root.setAttribute('data-text-size', String(textSize));
    root.setAttribute('data-contrast', highContrast ? 'high' : 'normal');
    if (language) { root.lang = language; }
  };

  window.kioskStartAgain = startAgain;

  touched();
  watchConnection();
  window.addEventListener('offline', showOffline);
})();
