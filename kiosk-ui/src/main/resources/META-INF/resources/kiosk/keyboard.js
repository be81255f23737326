/*
 * Kiosk on-screen keyboard: plain ES2019, no dependencies, styled by keyboard.css (classes kk-*).
 *
 * Opt-in per field: an <input>/<textarea>, or an ancestor such as a <vaadin-text-field> host, carries
 * data-keyboard="text" (QWERTY) or data-keyboard="phone" (number pad).
 *
 * Language: the keys follow the page's language, document.documentElement.lang (KioskLayout sets it through
 * kiosk.js's kioskAppearance when the resident picks a language): the letters (Polish adds a row of ą ć ę ł ń ó ś
 * ź ż) and the names of the keys, from the LANGUAGES table below; a language with no entry gets English. Optional
 * on the field or any ancestor (the nearest wins, over the language's names): data-keyboard-labels='{"delete":...}'.
 * Optional on the field: data-keyboard-enter="search|go|next|send|done" names the Enter key (else the
 * input's enterkeyhint, else "search").
 *
 * Typing looks to Vaadin like real typing: the text goes in at the caret, then an 'input' event; Enter sends
 * keydown, keypress and keyup (key 'Enter', keyCode 13). Because setting .value from script stops the browser
 * firing 'change' by itself, the keyboard fires 'change' when on-screen edits are committed: on Enter (before
 * the key events, so the server holds the new value when its Enter listener runs), on Hide/Done and when focus
 * leaves the field. A physical keyboard is never intercepted.
 *
 * API: window.KioskKeyboard = {show(el), hide(), isOpen()}; window event 'kiosk-reset' hides it.
 */
(function () {
  'use strict';
  if (window.KioskKeyboard) { return; }                 // loaded twice (e.g. by two layouts): keep the first

  // One entry per key: a single character types itself; a longer word names a special key.
  var QWERTY = [
    ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p', 'delete'],
    ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'enter'],
    ['shift', 'z', 'x', 'c', 'v', 'b', 'n', 'm', ',', '.'],
    ['numbers', 'space', 'hide']
  ];
  var SYMBOLS = [
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'delete'],
    ['-', '\'', ',', '.', '?', '&', '£', '@', '/', 'enter'],
    ['!', '(', ')', ':', ';', '"', '%', '+', '='],
    ['letters', 'space', 'hide']
  ];
  var PHONE = [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9'], ['+', '0', 'delete'], ['done']];

  // The keyboard in each language, keyed by the page's language (<html lang>, which KioskLayout sets through
  // kiosk.js when the resident picks a language): the names of the keys (read out, and shown on the word keys),
  // the words on the layer keys, and the letters and numbers layers. Anything a language leaves out is taken from
  // English. Adding a language is adding an entry here.
  var LANGUAGES = {
    en: {
      labels: {
        keyboard: 'On-screen keyboard', delete: 'Delete', space: 'Space', search: 'Search', go: 'Go',
        next: 'Next', send: 'Send', done: 'Done', hide: 'Hide keyboard', shift: 'Capital letters',
        numbers: 'Numbers and symbols', letters: 'Letters', plus: 'Plus'
      },
      keyText: {shift: 'ABC', numbers: '123', letters: 'ABC'},   // shown instead of the name on these keys
      letters: QWERTY,
      numbers: SYMBOLS
    },
    pl: {
      labels: {
        keyboard: 'Klawiatura ekranowa', delete: 'Usuń', space: 'Spacja', search: 'Szukaj', go: 'Przejdź',
        next: 'Dalej', send: 'Wyślij', done: 'Gotowe', hide: 'Ukryj klawiaturę', shift: 'Wielkie litery',
        numbers: 'Cyfry i symbole', letters: 'Litery', plus: 'Plus'
      },
      // Polish keyboards are QWERTY too; the nine Polish letters, in alphabetical order, get a row of their own
      // above it (no hidden AltGr or long press to find), and Shift gives their capitals.
      letters: [['ą', 'ć', 'ę', 'ł', 'ń', 'ó', 'ś', 'ź', 'ż']].concat(QWERTY)
    }
  };
  var ENGLISH = LANGUAGES.en;

  // Width in key units (a letter key is 1; every text row is 11.5 units or fewer, centred).
  var WIDTH = {delete: '15', enter: '25', shift: '25', numbers: '2', letters: '2', space: '7', hide: '25'};
  var TEXT_TYPES = /^(text|search|tel|url|email|number|password)$/;
  var PRESS_MS = 120;                                     // pressed look lasts at least this long

  var kb = null;                 // the keyboard element, made on first use
  var target = null;             // the <input>/<textarea> being typed into
  var host = null;               // its element carrying data-keyboard
  var mode = 'text';             // 'text' or 'phone'
  var layer = 'letters';         // 'letters' or 'numbers' for the text layout
  var shift = false;             // one-shot capital letter
  var lang = 'en';               // the page's language, as a key of LANGUAGES
  var language = ENGLISH;        // its entry there
  var labels = ENGLISH.labels;
  var committed = '';            // the value Vaadin last saw in a 'change' event
  var dirty = false;             // on-screen edits since that 'change'
  var pointersDown = 0;          // pointers down anywhere on the page
  var afterRelease = [];         // work waiting until the pointer is lifted (avoids moving a tap's target)
  var lastPointerUp = 0;         // to ignore the 'click' that follows a pointer press on a key
  var pressed = {};              // pointerId -> key being pressed
  var watcher = null;            // MutationObserver: hide when the field leaves the page

  // ---- finding keyboard fields -------------------------------------------------------------------------------

  function isTextControl(el) {
    if (!el || el.nodeType !== 1) { return false; }
    if (el.localName === 'textarea') { return true; }
    return el.localName === 'input' && TEXT_TYPES.test(el.type || 'text');
  }

  // closest() that also climbs out of shadow roots
  function closestDeep(el, selector) {
    while (el) {
      var found = el.closest(selector);
      if (found) { return found; }
      var root = el.getRootNode();
      el = root && root.host;
    }
    return null;
  }

  // From a focused node (the input itself, or a host such as vaadin-text-field) to {input, host, mode}.
  function fieldFrom(node) {
    if (!node || node.nodeType !== 1 || (kb && kb.contains(node))) { return null; }
    var input = node;
    if (!isTextControl(input)) {
      input = node.inputElement ||
        (node.hasAttribute('data-keyboard') && node.querySelector('input[slot="input"], textarea[slot="textarea"]'));
    }
    if (!isTextControl(input) || input.disabled || input.readOnly) { return null; }
    var owner = closestDeep(input, '[data-keyboard]');
    var kind = owner && owner.getAttribute('data-keyboard');
    return kind === 'text' || kind === 'phone' ? {input: input, host: owner, mode: kind} : null;
  }

  function deepActiveElement() {
    var el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
    return el;
  }

  // The page's language as a key of LANGUAGES: 'pl' for lang="pl" or "pl-PL", English when there is no entry.
  function pageLanguage() {
    var tag = (document.documentElement.lang || '').toLowerCase();
    if (LANGUAGES.hasOwnProperty(tag)) { return tag; }
    var primary = tag.split('-')[0];
    return LANGUAGES.hasOwnProperty(primary) ? primary : 'en';
  }

  // English names, then the page language's, then any the field itself gives.
  function readLabels(el) {
    var merged = Object.assign({}, ENGLISH.labels, language.labels);
    var source = closestDeep(el, '[data-keyboard-labels]');
    if (source) {
      try { Object.assign(merged, JSON.parse(source.getAttribute('data-keyboard-labels'))); } catch (e) { /* keep the defaults */ }
    }
    return merged;
  }

  function readLanguage() {
    lang = pageLanguage();
    language = LANGUAGES[lang];
    labels = readLabels(host);
  }

  // ---- editing the field like real typing --------------------------------------------------------------------

  function caret(input) {
    try {
      if (input.selectionStart !== null) { return [input.selectionStart, input.selectionEnd]; }
    } catch (e) { /* email/number inputs have no selection API: append */ }
    return [input.value.length, input.value.length];
  }

  function fireInput(input, inputType, data) {
    var init = {bubbles: true, composed: true, inputType: inputType, data: data};
    input.dispatchEvent(typeof InputEvent === 'function' ? new InputEvent('input', init) : new Event('input', init));
  }

  function replaceRange(input, from, to, text, inputType) {
    var value = input.value;
    input.value = value.slice(0, from) + text + value.slice(to);
    try { input.setSelectionRange(from + text.length, from + text.length); } catch (e) { /* no selection API */ }
    dirty = true;
    fireInput(input, inputType, inputType === 'insertText' ? text : null);
  }

  function insertText(text) {
    var r = caret(target);
    var max = target.maxLength;
    if (max >= 0 && target.value.length - (r[1] - r[0]) + text.length > max) { return; }   // as the browser does
    replaceRange(target, r[0], r[1], text, text === '\n' ? 'insertLineBreak' : 'insertText');
  }

  function deleteBack() {
    var r = caret(target);
    if (r[0] === r[1]) {
      if (r[0] === 0) { return; }
      var code = target.value.charCodeAt(r[0] - 1);
      r[0] -= code >= 0xDC00 && code <= 0xDFFF && r[0] > 1 ? 2 : 1;     // a whole surrogate pair (emoji)
    }
    replaceRange(target, r[0], r[1], '', 'deleteContentBackward');
  }

  // Tell Vaadin about on-screen edits it has not had a 'change' for yet.
  function commit(input) {
    if (input && input === target && dirty && input.value !== committed) {
      input.dispatchEvent(new Event('change', {bubbles: true}));
    }
  }

  function keyEvent(type) {
    var ev = new KeyboardEvent(type, {key: 'Enter', code: 'Enter', keyCode: 13, which: 13,
      charCode: type === 'keypress' ? 13 : 0, bubbles: true, cancelable: true, composed: true, view: window});
    if (ev.keyCode !== 13) {                                  // engines that ignore the legacy init fields
      Object.defineProperty(ev, 'keyCode', {get: function () { return 13; }});
      Object.defineProperty(ev, 'which', {get: function () { return 13; }});
    }
    return ev;
  }

  // In a textarea Enter is a new line; in an input it is "search/go": commit, key events, then get out of the way.
  function pressEnter() {
    var input = target;
    var multiLine = input.localName === 'textarea';
    if (!multiLine) { commit(input); }                        // first, so the server has the value for its listener
    var allowed = input.dispatchEvent(keyEvent('keydown'));
    if (allowed) { allowed = input.dispatchEvent(keyEvent('keypress')); }
    if (allowed && multiLine) { insertText('\n'); }
    input.dispatchEvent(keyEvent('keyup'));
    if (!multiLine) { hide(); }
  }

  // ---- building the keys -------------------------------------------------------------------------------------

  function enterName() {
    var hint = (host.getAttribute('data-keyboard-enter') || target.getAttribute('enterkeyhint') ||
      host.getAttribute('enterkeyhint') || '').toLowerCase();
    return /^(search|go|next|send|done)$/.test(hint) ? hint : 'search';
  }

  function makeKey(name) {
    var key = document.createElement('button');
    key.type = 'button';
    key.className = 'kk-key';
    key.setAttribute('data-key', name);
    var text = name;
    var aria = name;
    if (name.length === 1) {                                   // a character
      text = aria = shift ? upper(name) : name;
      if (name === '+') { aria = labels.plus; }
    } else {
      key.classList.add('kk-special', 'kk-' + name);
      if (WIDTH[name]) { key.classList.add('kk-w' + WIDTH[name]); }
      aria = labels[name === 'enter' ? enterName() : name];
      text = keyText(name) || aria;
      // the name read out holds the words shown ("123, Numbers and symbols"), so a resident who says or hears
      // what the key shows finds it (WCAG 2.5.3 label in name)
      if (aria.toLocaleLowerCase().indexOf(text.toLocaleLowerCase()) < 0) { aria = text + ', ' + aria; }
      if (name === 'enter' || name === 'done') { key.classList.add('kk-action'); }
      if (name === 'shift') { key.setAttribute('aria-pressed', String(shift)); }
      var icon = {delete: '⌫', shift: '⇧', done: '✓'}[name];
      if (icon) {
        var i = document.createElement('span');
        i.className = 'kk-icon';
        i.setAttribute('aria-hidden', 'true');
        i.textContent = icon;
        key.appendChild(i);
      }
    }
    var label = document.createElement('span');
    label.className = 'kk-label';
    label.textContent = text;
    key.appendChild(label);
    key.setAttribute('aria-label', aria);
    return key;
  }

  function keyText(name) {
    var own = language.keyText && language.keyText[name];
    return own || ENGLISH.keyText[name] || '';
  }

  function upper(ch) {
    try { return ch.toLocaleUpperCase(lang); } catch (e) { return ch.toUpperCase(); }
  }

  function rowsOf(layerName) {
    return language[layerName] || ENGLISH[layerName];
  }

  function render() {
    var rows = mode === 'phone' ? PHONE : rowsOf(layer);
    var inner = document.createElement('div');
    inner.className = mode === 'phone' ? 'kk-inner kk-pad' : 'kk-inner';
    rows.forEach(function (names) {
      var row = document.createElement('div');
      row.className = 'kk-row';
      names.forEach(function (name) { (mode === 'phone' ? inner : row).appendChild(makeKey(name)); });
      if (mode !== 'phone') { inner.appendChild(row); }
    });
    var focused = kb.contains(document.activeElement) && document.activeElement.getAttribute('data-key');
    kb.className = 'kk-keyboard kk-layout-' + (mode === 'phone' ? 'phone' : 'text');
    kb.setAttribute('aria-label', labels.keyboard);
    // keys keep one size on every layer: the screen height shared by the letters layer's rows (keyboard.css)
    kb.style.setProperty('--kk-rows', String(rowsOf('letters').length));
    kb.replaceChildren(inner);
    var again = focused && inner.querySelector('[data-key="' + focused.replace(/["\\]/g, '\\$&') + '"]');
    if (again) { again.focus(); }                            // a key reached with Tab keeps the focus
  }

  function activate(key) {
    if (!target) { return; }
    var name = key.getAttribute('data-key');
    if (name.length === 1) {
      insertText(shift ? upper(name) : name);
      if (shift) { shift = false; render(); }
    } else if (name === 'space') { insertText(' '); }
    else if (name === 'delete') { deleteBack(); }
    else if (name === 'enter') { pressEnter(); }
    else if (name === 'shift') { shift = !shift; render(); }
    else if (name === 'numbers' || name === 'letters') { layer = name; shift = false; render(); }
    else if (name === 'hide' || name === 'done') { hide(); }
  }

  // ---- the keyboard element and its pointer handling ---------------------------------------------------------

  function release(key) {
    setTimeout(function () { key.classList.remove('kk-pressed'); }, PRESS_MS);
  }

  function create() {
    kb = document.createElement('div');
    kb.setAttribute('role', 'region');
    kb.hidden = true;
    // pointerdown: press look only, and preventDefault so the input keeps focus and its caret.
    kb.addEventListener('pointerdown', function (e) {
      e.preventDefault();
      var key = e.target.closest('.kk-key');
      if (!key) { return; }
      pressed[e.pointerId] = key;
      key.classList.add('kk-pressed');
      try { key.setPointerCapture(e.pointerId); } catch (err) { /* pointer already gone */ }
    });
    // pointerup: the key acts on release, so sliding a finger well off a key cancels it.
    kb.addEventListener('pointerup', function (e) {
      var key = pressed[e.pointerId];
      delete pressed[e.pointerId];
      lastPointerUp = Date.now();
      if (!key) { return; }
      release(key);
      var r = key.getBoundingClientRect();
      var slack = 24;                                          // forgiving for unsteady fingers
      if (e.clientX >= r.left - slack && e.clientX <= r.right + slack &&
          e.clientY >= r.top - slack && e.clientY <= r.bottom + slack) { activate(key); }
    });
    kb.addEventListener('pointercancel', function (e) {
      if (pressed[e.pointerId]) { release(pressed[e.pointerId]); delete pressed[e.pointerId]; }
    });
    kb.addEventListener('mousedown', function (e) { e.preventDefault(); });
    kb.addEventListener('touchstart', function (e) { e.preventDefault(); }, {passive: false});  // no emulated mouse
    kb.addEventListener('contextmenu', function (e) { e.preventDefault(); });                   // long press
    new ResizeObserver(setHeight).observe(kb);
  }

  // Clicks inside the keyboard stop at the window, so Vaadin overlays (dialog, combo box) never see an
  // "outside click". A click from Enter/Space on a focused key (detail 0), or with no pointer press just
  // before it (a screen reader), does the key's job; the click after a pointer press does not.
  window.addEventListener('click', function (e) {
    var key = e.target.closest && e.target.closest('.kk-key');     // may be a key that Shift/123 just replaced
    if (!kb || !(key || kb.contains(e.target))) { return; }
    e.stopPropagation();
    if (key && key.isConnected && (e.detail === 0 || Date.now() - lastPointerUp > 800)) { activate(key); }
  }, true);

  function setHeight() {
    if (kb && !kb.hidden) { document.documentElement.style.setProperty('--kk-height', kb.offsetHeight + 'px'); }
  }

  // Scroll the field up above the keyboard (body padding makes room to scroll), in every scrolling ancestor.
  function reveal() {
    if (!target || !kb || kb.hidden) { return; }
    var box = host && host !== target && host.contains(target) && host.localName.indexOf('-') > 0 ? host : target;
    var r = box.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight - kb.offsetHeight) {
      box.classList.add('kk-reveal');                          // scroll-margin that clears the keyboard
      box.scrollIntoView({block: 'nearest'});
      box.classList.remove('kk-reveal');
    }
  }

  // ---- showing and hiding ------------------------------------------------------------------------------------

  function show(el) {
    var field = fieldFrom(el) || (isTextControl(el) ? {input: el, host: el, mode: 'text'} : null);
    if (!field) { return; }
    if (!kb) { create(); }
    if (!kb.isConnected) { document.body.appendChild(kb); }
    if (field.input !== target) {
      commit(target);
      target = field.input;
      committed = target.value;
      dirty = false;
      layer = 'letters';
      shift = false;
    }
    host = field.host;
    mode = field.mode;
    readLanguage();
    target.setAttribute('inputmode', 'none');                  // no second, system keyboard on touch screens
    if (deepActiveElement() !== target && !kb.contains(deepActiveElement())) { target.focus({preventScroll: true}); }
    render();
    kb.hidden = false;
    kb.removeAttribute('aria-hidden');                         // a modal Vaadin dialog hides body's other children
    document.documentElement.classList.add('kk-open');
    setHeight();
    if (!watcher) {
      watcher = new MutationObserver(function () { if (target && !target.isConnected) { hide(); } });
    }
    watcher.observe(document.body, {childList: true, subtree: true});
    requestAnimationFrame(reveal);
  }

  function hide(keepQuiet) {
    if (!keepQuiet) { commit(target); }
    target = host = null;
    dirty = false;
    if (watcher) { watcher.disconnect(); }
    if (kb) { kb.hidden = true; }
    document.documentElement.classList.remove('kk-open');
    document.documentElement.style.removeProperty('--kk-height');
  }

  function isOpen() { return !!(kb && !kb.hidden && target); }

  // Run now, or once the finger is lifted: showing or hiding moves the page, and must not move what is being tapped.
  function whenReleased(fn) {
    if (pointersDown > 0) { afterRelease.push(fn); } else { setTimeout(fn, 0); }
  }

  document.addEventListener('pointerdown', function (e) {
    pointersDown++;
    var field = fieldFrom(e.composedPath()[0]);
    if (field) { field.input.setAttribute('inputmode', 'none'); }   // before the focus, so no system keyboard
  }, true);
  ['pointerup', 'pointercancel'].forEach(function (type) {
    document.addEventListener(type, function () {
      pointersDown = Math.max(0, pointersDown - 1);
      if (pointersDown === 0 && afterRelease.length) {
        var jobs = afterRelease.splice(0);
        setTimeout(function () { jobs.forEach(function (fn) { fn(); }); }, 0);   // after the 'click'
      }
    }, true);
  });

  document.addEventListener('focusin', function (e) {
    var field = fieldFrom(e.composedPath()[0]);
    if (field) { whenReleased(function () { if (deepActiveElement() === field.input) { show(field.input); } }); }
  }, true);

  document.addEventListener('focusout', function () {
    if (!target) { return; }
    whenReleased(function () {
      var active = deepActiveElement();
      if (!target || active === target || (kb && kb.contains(active)) || fieldFrom(active)) { return; }
      hide();
    });
  }, true);

  // Vaadin's 'change' (native or ours) means the server has the value: nothing left to commit.
  document.addEventListener('change', function (e) {
    if (target && e.composedPath()[0] === target) { committed = target.value; dirty = false; }
  }, true);

  // A tap on a field that already has focus (after "Hide keyboard" or Enter) brings the keyboard back.
  document.addEventListener('click', function (e) {
    var field = fieldFrom(e.composedPath()[0]);
    if (field && !isOpen() && deepActiveElement() === field.input) { show(field.input); }
  }, true);

  // Another language chosen while the keyboard is up: its keys change with the page.
  new MutationObserver(function () {
    if (isOpen()) { readLanguage(); render(); }
  }).observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});

  window.addEventListener('kiosk-reset', function () { hide(true); });
  window.addEventListener('popstate', function () { hide(); });

  window.KioskKeyboard = {
    show: function (el) { show(el); },
    hide: function () { hide(); },
    isOpen: isOpen
  };
})();
