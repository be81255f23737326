#!/usr/bin/env node
// Kiosk timings in headless Chromium (a benchmark, not a test): Home time-to-interactive and the server round trip
// of a search-as-you-type update. Needs playwright-core installed OUTSIDE the repository, e.g.
//   npm install --prefix /opt/kiosk-bench playwright-core@1
//   NODE_PATH=/opt/kiosk-bench/node_modules node tools/kiosk-timing.cjs "http://localhost:8080/?hub=four-greens"
// Optional: RUNS (cold page loads, default 5), SEARCHES (default 20), CHROMIUM (default /usr/bin/chromium).
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const URL_ = process.argv[2] || "http://localhost:8080/?hub=four-greens";
const RUNS = Number(process.env.RUNS || 5);
const SEARCHES = Number(process.env.SEARCHES || 20);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic'];
const FIELD = 'vaadin-text-field.kiosk-search input';
const SUGGESTIONS = '.kiosk-suggestions';
// Two-letter starts with different suggestions; the kiosk suggests from 2 letters on
const PREFIXES = ['fo', 'de', 'be', 'me', 'ho', 'wa', 'sp', 'mo', 'ca', 'lu', 'gr', 'yo', 'ex', 'co', 'da', 'ru',
  'sw', 'an', 'bo', 'te'];

// Runs in the page before any of its scripts: marks when the search field exists and Vaadin has gone idle (no
// request in flight, nothing queued) for good, logs UIDL requests and watches the suggestions.
const PROBE = () => {
  const probe = window.__kiosk = { interactive: null, idleSince: null, fieldAt: null, xhr: [], mutations: [], frames: [] };
  const fieldSelector = 'vaadin-text-field.kiosk-search input';
  const check = () => {
    const now = performance.now();
    const field = document.querySelector(fieldSelector);
    if (field && probe.fieldAt === null) probe.fieldAt = now;
    const flow = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
    const clients = flow ? Object.values(flow).filter(c => c && typeof c.isActive === 'function') : [];
    const idle = clients.length > 0 && clients.every(c => !c.isActive());
    if (field && idle) {
      if (probe.idleSince === null) probe.idleSince = now;
      if (now - probe.idleSince >= 300 && probe.interactive === null) probe.interactive = probe.idleSince;
    } else if (probe.interactive === null) {
      probe.idleSince = null;
    }
  };
  const timer = setInterval(() => { check(); if (probe.interactive !== null) clearInterval(timer); }, 2);
  new MutationObserver(records => {
    check();
    for (const r of records) {
      const t = r.target;
      if (t.nodeType === 1 && t.closest && t.closest('.kiosk-suggestions')) {
        probe.mutations.push(performance.now());
        requestAnimationFrame(() => probe.frames.push(performance.now()));
        break;
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: false, characterData: true });
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) { this.__url = String(url); return open.apply(this, arguments); };
  XMLHttpRequest.prototype.send = function (body) {
    if (this.__url && this.__url.includes('v-r=uidl')) {
      const entry = { sent: performance.now(), body: String(body || ''), loaded: null };
      probe.xhr.push(entry);
      this.addEventListener('loadend', () => { entry.loaded = performance.now(); });
    }
    return send.apply(this, arguments);
  };
};

const pct = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)];
};
const f = x => (Number.isFinite(x) ? x.toFixed(0) : 'n/a');
const summary = xs => `p50 ${f(pct(xs, 50))} ms, p90 ${f(pct(xs, 90))} ms, max ${f(Math.max(...xs))} ms (n=${xs.length})`;

async function launch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: false, args: FLAGS, viewport: { width: 1080, height: 1920 } });
  await context.addInitScript(PROBE);
  const outside = [];
  context.on('request', r => {
    const u = new URL(r.url());
    if (!['localhost', '127.0.0.1', '[::1]'].includes(u.hostname) && u.protocol.startsWith('http')) outside.push(r.url());
  });
  const page = context.pages()[0] || await context.newPage();
  return { context, page, dir, outside };
}

async function loadHome(page) {
  let init = null;
  const onResponse = async r => {
    if (r.url().includes('v-r=init')) {
      try { init = JSON.parse(await r.text()); } catch (e) { /* reported below */ }
    }
  };
  page.on('response', onResponse);
  await page.goto(URL_, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__kiosk && window.__kiosk.interactive !== null, null, { timeout: 30000 });
  page.off('response', onResponse);
  return page.evaluate(initJson => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const js = performance.getEntriesByType('resource').filter(r => r.name.includes('/VAADIN/build/'));
    return {
      interactive: window.__kiosk.interactive,
      fieldAt: window.__kiosk.fieldAt,
      htmlDone: nav.responseEnd,
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      fcp: fcp ? fcp.startTime : null,
      jsBytes: js.reduce((s, r) => s + (r.transferSize || 0), 0),
      jsDecoded: js.reduce((s, r) => s + (r.decodedBodySize || 0), 0),
      productionMode: initJson && initJson.appConfig ? initJson.appConfig.productionMode : null,
      devTools: !!document.querySelector('vaadin-dev-tools, copilot-main'),
      devModeFlag: !!(window.Vaadin && window.Vaadin.developmentMode),
    };
  }, init);
}

async function suggestionsText(page) {
  return page.$$eval(`${SUGGESTIONS} vaadin-button`, bs => bs.map(b => b.textContent.trim()).join('|'));
}

async function waitIdle(page) {
  await page.waitForFunction(() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()));
}

async function main() {
  const load = () => fs.readFileSync('/proc/loadavg', 'utf8').trim().split(' ').slice(0, 3).join(' ');
  console.log(`Kiosk timings against ${URL_} with ${CHROMIUM}; load average ${load()}`);
  // Warm the server once (JIT, caches) so the runs measure the steady state a kiosk sees
  {
    const { context, dir } = await launch();
    await loadHome(context.pages()[0]);
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const cold = [], warm = [], fields = [], loads = [], fcps = [];
  let first = null;
  const outsideAll = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page, dir, outside } = await launch();
    const c = await loadHome(page); // fresh profile: empty HTTP cache
    const w = await loadHome(page); // same profile again: the bundle comes from the browser's cache
    first = first || c;
    cold.push(c.interactive); warm.push(w.interactive); fields.push(c.fieldAt); loads.push(c.load); fcps.push(c.fcp);
    outsideAll.push(...outside);
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`productionMode from the bootstrap: ${first.productionMode}; dev tools element present: ${first.devTools};` +
    ` window.Vaadin.developmentMode: ${first.devModeFlag}`);
  console.log(`JavaScript from /VAADIN/build: ${(first.jsBytes / 1024).toFixed(0)} KiB transferred, ` +
    `${(first.jsDecoded / 1024).toFixed(0)} KiB decoded`);
  console.log(`requests to anything but localhost: ${outsideAll.length ? outsideAll.join(', ') : 'none'}`);
  console.log(`Home, empty cache: first paint ${summary(fcps)}`);
  console.log(`Home, empty cache: load event ${summary(loads)}`);
  console.log(`Home, empty cache: search field exists ${summary(fields)}`);
  console.log(`Home, empty cache: interactive (field exists, Vaadin idle) ${summary(cold)}   target < 1500 ms`);
  console.log(`Home, warm cache (reload): interactive ${summary(warm)}   target < 1500 ms`);

  // Search as you type: one browser, a fresh two-letter start each time
  const { context, page, dir } = await launch();
  await loadHome(page);
  const field = page.locator(FIELD);
  const endToEnd = [], roundTrip = [], xhrOnly = [], toFrame = [];
  let before = await suggestionsText(page);
  for (let i = 0; i < SEARCHES; i++) {
    const prefix = PREFIXES[i % PREFIXES.length];
    await field.fill('');
    await page.waitForFunction(s => document.querySelectorAll(`${s} vaadin-button`).length === 0, SUGGESTIONS);
    await waitIdle(page);
    before = await suggestionsText(page);
    await page.evaluate(() => { const k = window.__kiosk; k.mutations = []; k.frames = []; k.xhr = []; });
    await field.pressSequentially(prefix);
    const typed = await page.evaluate(() => performance.now());
    await page.waitForFunction(([s, old]) => {
      const now = [...document.querySelectorAll(`${s} vaadin-button`)].map(b => b.textContent.trim()).join('|');
      return now !== old && now.length > 0;
    }, [SUGGESTIONS, before], { timeout: 10000 });
    await waitIdle(page);
    const r = await page.evaluate(([value]) => {
      const k = window.__kiosk;
      const req = k.xhr.find(x => x.body.includes(`"value":${JSON.stringify(value)}`));
      const domAt = req ? k.mutations.find(m => m >= req.sent) : null;
      const frameAt = domAt != null ? k.frames.find(f => f >= domAt) : null;
      return { sent: req ? req.sent : null, loaded: req ? req.loaded : null, domAt, frameAt };
    }, [prefix]);
    if (r.sent !== null && r.domAt != null) {
      roundTrip.push(r.domAt - r.sent);
      if (r.frameAt != null) toFrame.push(r.frameAt - r.sent);
      xhrOnly.push(r.loaded - r.sent);
      endToEnd.push((r.frameAt != null ? r.frameAt : r.domAt) - typed);
    }
  }
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`Search as you type, request sent -> response received: ${summary(xhrOnly)}`);
  console.log(`Search as you type, request sent -> new suggestions in the DOM: ${summary(roundTrip)}   target < 150 ms`);
  console.log(`Search as you type, request sent -> next frame with them: ${summary(toFrame)}`);
  console.log(`Search as you type, last key -> next frame with new suggestions (includes the field's 150 ms lazy wait): ${summary(endToEnd)}`);
  console.log(`load average at the end: ${load()}`);
}

main().catch(e => { console.error(e); process.exit(1); });
