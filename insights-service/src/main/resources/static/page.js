/*
 * Goji Chain Insights: what both pages (the dashboard and the farmer's page) share, written once.
 *
 * - Exact sums: money in integer cents from the API's decimal strings, kg in integer millionths
 *   (the API writes feKg with at most 6 decimals).
 * - HTTP: every call carries the analyst key as a bearer token and asks for the page's language
 *   (the API writes its signal sentences in it); a call never throws.
 * - Sign-in: the page asks for an analyst key when the API answers 401 (no key, a wrong or a
 *   revoked one), says which, and keeps the key for this browser session only (sessionStorage).
 * - The language switch and the texts of the page's static markup (data-i18n attributes).
 *
 * Needs i18n.js first.
 */
(function () {
  'use strict';

  const I = window.GojiI18n;
  const KEY_STORAGE = 'goji.analystKey';

  // ---------- exact sums ----------

  function toMicros(value) {
    return Math.round(Number(value || 0) * 1e6);
  }

  function microsToString(micros) {
    const sign = micros < 0 ? '-' : '';
    const abs = Math.abs(micros);
    const fraction = String(abs % 1e6).padStart(6, '0').replace(/0+$/, '');
    return sign + Math.floor(abs / 1e6) + (fraction ? '.' + fraction : '');
  }

  /** "897.00" -> 89700n; the API writes money with exactly 2 places. */
  function toCents(amount) {
    const text = String(amount).trim();
    const parts = text.replace('-', '').split('.');
    const cents = BigInt(parts[0] || '0') * 100n + BigInt(((parts[1] || '') + '00').slice(0, 2));
    return text.startsWith('-') ? -cents : cents;
  }

  function centsToString(cents) {
    const abs = cents < 0n ? -cents : cents;
    return (cents < 0n ? '-' : '') + (abs / 100n) + '.' + String(abs % 100n).padStart(2, '0');
  }

  /** Adds a currency -> decimal string map into a currency -> cents map. */
  function addMoney(into, amounts) {
    Object.entries(amounts || {}).forEach(([currency, amount]) => {
      into[currency] = (into[currency] || 0n) + toCents(amount);
    });
    return into;
  }

  // ---------- DOM ----------

  function byId(id) {
    return document.getElementById(id);
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value !== null && value !== undefined) {
        node.setAttribute(name, value);
      }
    });
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function setStatus(status, text) {
    document.body.dataset.status = status;
    byId('status-text').textContent = text;
  }

  function setBanner(text) {
    const banner = byId('banner');
    banner.textContent = text || '';
    banner.hidden = !text;
  }

  /** The static markup's texts in the page's language: every [data-i18n] element, and the switch. */
  function translateStatic() {
    document.querySelectorAll('[data-i18n]').forEach(node => {
      node.textContent = I.t(node.dataset.i18n);
    });
    document.querySelectorAll('[data-i18n-title]').forEach(node => {
      node.title = I.t(node.dataset.i18nTitle);
    });
    document.querySelectorAll('[data-i18n-label]').forEach(node => {
      node.setAttribute('aria-label', I.t(node.dataset.i18nLabel));
    });
    const select = byId('lang');
    if (select) {
      select.value = I.locale();
    }
  }

  // ---------- the analyst key ----------

  function storedKey() {
    try {
      return sessionStorage.getItem(KEY_STORAGE);
    } catch (e) {
      return null;
    }
  }

  function keepKey(key) {
    try {
      if (key) {
        sessionStorage.setItem(KEY_STORAGE, key);
      } else {
        sessionStorage.removeItem(KEY_STORAGE);
      }
    } catch (e) {
      // storage switched off: the key then lives in this page only
    }
    memoryKey = key || null;
  }

  let memoryKey = null;
  let onSignedIn = null;

  function currentKey() {
    return storedKey() || memoryKey;
  }

  /**
   * Shows the sign-in panel: why (no key yet, or the key was refused) and the field for a key.
   * The page's refresh cycle stops until a key is entered; then onSignedIn runs.
   */
  function askForKey() {
    const form = byId('sign-in');
    const refused = Boolean(currentKey());
    byId('sign-in-reason').textContent = I.t(refused ? 'signIn.refused' : 'signIn.needed');
    form.dataset.reason = refused ? 'refused' : 'needed';
    form.hidden = false;
    document.querySelector('main').dataset.state = 'signed-out';
    byId('sign-out').hidden = true;
    byId('analyst-key').focus();
  }

  function wireSignIn(refresh) {
    onSignedIn = refresh;
    const form = byId('sign-in');
    form.addEventListener('submit', event => {
      event.preventDefault();
      const key = byId('analyst-key').value.trim();
      if (!key) {
        return;
      }
      keepKey(key);
      byId('analyst-key').value = '';
      form.hidden = true;
      document.querySelector('main').dataset.state = 'loading'; // visible again, so charts get their size
      onSignedIn();
    });
    byId('sign-out').addEventListener('click', () => {
      keepKey(null);
      askForKey();
    });
    byId('sign-out').hidden = !currentKey();
  }

  // ---------- HTTP ----------

  function headers() {
    const result = { Accept: 'application/json', 'Accept-Language': I.locale() };
    const key = currentKey();
    if (key) {
      result.Authorization = 'Bearer ' + key;
    }
    return result;
  }

  /**
   * GET a JSON resource; never throws. A failed answer comes back as {ok: false, status, detail},
   * with the Retry-After seconds of a 503; a 401 also opens the sign-in panel.
   */
  async function getJson(path) {
    let response;
    try {
      response = await fetch(path, { headers: headers(), cache: 'no-store' });
    } catch (e) {
      return { ok: false, status: 0, detail: '' };
    }
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (response.ok && body !== null) {
      if (currentKey()) {
        byId('sign-out').hidden = false;
      }
      return { ok: true, status: response.status, body: body };
    }
    if (response.status === 401) {
      askForKey();
    }
    const retryAfter = parseInt(response.headers.get('Retry-After'), 10);
    return {
      ok: false,
      status: response.status,
      detail: body && typeof body.detail === 'string' ? body.detail : '',
      retryAfter: Number.isFinite(retryAfter) ? retryAfter : null
    };
  }

  /** Whether any of the answers was a 401: the page then waits for the sign-in. */
  function signInNeeded(answers) {
    return answers.some(answer => answer.status === 401);
  }

  // ---------- the language switch ----------

  /** The switch redraws the page in the language picked; the choice is kept for later visits. */
  function wireLanguage(redraw) {
    const select = byId('lang');
    select.value = I.locale();
    select.addEventListener('change', () => {
      I.use(select.value);
      translateStatic();
      redraw();
    });
    translateStatic();
  }

  window.GojiPage = {
    toMicros, microsToString, toCents, centsToString, addMoney,
    byId, element, setStatus, setBanner, translateStatic,
    getJson, signInNeeded, wireSignIn, wireLanguage
  };
})();
