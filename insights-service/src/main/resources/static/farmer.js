/*
 * Goji Chain Insights, the farmer's page: pick a co-operative or a farm and see its lots, what they
 * became, where they sold, what a fresh kg earned against the county, and the signals about it.
 *
 * It reads /api/v1/insights/farms (the list, the co-operatives and the county), then
 * /api/v1/insights/farms/{farmId} for the farm, or for each farm of the co-operative, and
 * /api/v1/insights/signals. Sums over a co-operative's farms are exact: money in integer cents
 * from the API's decimal strings, kg in integer millionths (page.js). Language: see i18n.js; the
 * signal sentences come from the API in the page's language (Accept-Language).
 */
(function () {
  'use strict';

  const I = window.GojiI18n;
  const P = window.GojiPage;
  const { byId, element, toMicros, centsToString, addMoney, setStatus, setBanner } = P;
  const API = 'api/v1/insights/';
  const RETRY_SECONDS = 10;
  const DAY_MS = 86400000;

  const state = { calendar: null, from: null, to: null, who: null, list: null, timer: null, generation: 0 };

  // ---------- formatting ----------

  function kg(value) {
    return I.number(Number(value), Math.abs(value) >= 100 ? 0 : 1) + ' ' + I.t('unit.kg');
  }

  function feKg(value) {
    return I.number(Number(value), Math.abs(value) >= 100 ? 0 : 1) + ' ' + I.t('unit.feKg');
  }

  function moneyMap(amounts) {
    const currencies = Object.keys(amounts || {}).sort();
    return currencies.length === 0 ? I.money('CNY', 0) : currencies.map(c => I.money(c, amounts[c])).join(' · ');
  }

  function perKg(values) {
    const currencies = Object.keys(values || {}).sort();
    return currencies.length === 0 ? '–' : currencies.map(c => I.money(c, values[c])).join(' · ');
  }

  /** "Dried (freeze-dried)" for a dried batch; a juice batch's method is its form. */
  function formName(batch) {
    const form = I.t('form.' + batch.form);
    return batch.method && batch.method !== batch.form ? form + ' (' + I.t('method.' + batch.method) + ')' : form;
  }

  // ---------- HTTP ----------

  function query(path, params) {
    return path + '?' + new URLSearchParams(params).toString();
  }

  // ---------- DOM ----------

  function row(cells, attributes) {
    const tr = element('tr', attributes);
    cells.forEach(cell => tr.append(cell instanceof Node ? cell : element('td', {}, cell)));
    return tr;
  }

  function panelState(name, value, message) {
    const panel = byId('panel-' + name);
    panel.dataset.state = value;
    panel.querySelector('.panel-message').textContent = message || '';
  }

  // ---------- the picker ----------

  function fillPicker(list) {
    const select = byId('who');
    select.replaceChildren();
    const coops = element('optgroup', { label: I.t('farmer.cooperatives') });
    (list.cooperatives || []).forEach(c =>
      coops.append(element('option', { value: 'coop:' + c.cooperativeId }, c.cooperativeId)));
    const farms = element('optgroup', { label: I.t('farmer.farms') });
    (list.farms || []).forEach(f => farms.append(element('option', { value: 'farm:' + f.farmId },
      f.cooperativeId ? I.t('farmer.farmOf', { farm: f.farmId, coop: f.cooperativeId })
        : I.t('farmer.ownFarm', { farm: f.farmId }))));
    select.append(coops, farms);
    const known = Array.from(select.options).some(o => o.value === state.who);
    if (!known) {
      state.who = select.options.length ? select.options[0].value : null;
    }
    if (state.who) {
      select.value = state.who;
    }
  }

  /** The co-operative or farm picked: its row of /farms and the farms whose details it needs. */
  function selection(list) {
    const [kind, id] = state.who.split(/:(.*)/s);
    if (kind === 'coop') {
      const summary = (list.cooperatives || []).find(c => c.cooperativeId === id);
      const farms = (list.farms || []).filter(f => f.cooperativeId === id).map(f => f.farmId);
      return { kind, id, summary, farms };
    }
    return { kind, id, summary: (list.farms || []).find(f => f.farmId === id), farms: [id] };
  }

  // ---------- drawing ----------

  function renderKpis(summary, county) {
    byId('kpi-lots').textContent = I.number(summary.lots || 0, 0);
    byId('kpi-harvested').textContent = kg(summary.harvestedKg || 0);
    const processed = summary.processedKg || {};
    byId('kpi-processed').textContent = kg((processed.dried || 0) + (processed.juiced || 0));
    byId('kpi-processed-note').textContent =
      I.t('kpi.processedNote', { dried: kg(processed.dried || 0), juiced: kg(processed.juiced || 0) });
    byId('kpi-sold').textContent = feKg(summary.soldFeKg || 0);
    byId('kpi-revenue').textContent = moneyMap(summary.revenue);
    const value = summary.valuePerFreshKg || {};
    const countyValue = (county && county.valuePerFreshKg) || {};
    byId('kpi-value').textContent = perKg(value);
    byId('kpi-value').dataset.value = value.CNY || '';
    if (value.CNY && countyValue.CNY && Number(countyValue.CNY) > 0) {
      const change = Number(value.CNY) / Number(countyValue.CNY) - 1;
      byId('kpi-county').textContent = I.t('kpi.vsCounty', { change: I.change(change) }) + ' · '
        + I.t('kpi.county', { value: I.money('CNY', countyValue.CNY) });
      byId('kpi-county').dataset.change = change.toFixed(4);
    } else {
      byId('kpi-county').textContent = I.t('kpi.noCounty');
      delete byId('kpi-county').dataset.change;
    }
  }

  function renderLots(details) {
    const lots = details.flatMap(d => (d.lots || []).map(lot => ({ farmId: d.farm.farmId, lot })));
    lots.sort((a, b) => (a.lot.lotId < b.lot.lotId ? -1 : a.lot.lotId > b.lot.lotId ? 1 : 0));
    byId('lots-body').replaceChildren(...lots.map(({ farmId, lot }) => {
      const became = (lot.batches || []).length === 0 ? I.t('lots.notProcessed')
        : lot.batches.map(b => formName(b) + ' ' + kg(b.kgTaken)).join(' · ');
      const sold = Number(lot.soldFeKg || 0) === 0 ? I.t('lots.unsold')
        : feKg(lot.soldFeKg) + ' · ' + moneyMap(lot.revenue);
      return row([lot.lotId, farmId, kg(lot.harvestedKg || 0) + (lot.harvestedAt ? ' · '
        + I.day(String(lot.harvestedAt).slice(0, 10)) : ''), became, sold, perKg(lot.valuePerFreshKg)],
      { 'data-lot': lot.lotId });
    }));
    panelState('lots', 'ready', lots.length === 0 ? I.t('lots.none') : '');
  }

  /** Channels or provinces of every lot of every farm, summed exactly: {key: {micros, cents{currency}}}. */
  function sumWhere(details, field) {
    const sums = {};
    details.forEach(d => (d.lots || []).forEach(lot => (lot[field] || []).forEach(place => {
      const sum = sums[place.key] || (sums[place.key] = { micros: 0, cents: {} });
      sum.micros += toMicros(place.feKg);
      addMoney(sum.cents, place.revenue);
    })));
    return sums;
  }

  function renderWhere(details) {
    const draw = (field, bodyId, name) => {
      const sums = sumWhere(details, field);
      const keys = Object.keys(sums).sort((a, b) => sums[b].micros - sums[a].micros);
      byId(bodyId).replaceChildren(...keys.map(key => {
        const revenue = {};
        Object.entries(sums[key].cents).forEach(([c, cents]) => { revenue[c] = centsToString(cents); });
        return row([name(key), feKg(sums[key].micros / 1e6), moneyMap(revenue)], { 'data-key': key });
      }));
      return keys.length;
    };
    const channels = draw('byChannel', 'channels-body', key => I.t('channel.' + key));
    draw('byProvince', 'provinces-body', key => key); // names as the buyers' addresses gave them
    panelState('where', 'ready', channels === 0 ? I.t('where.none') : '');
  }

  /** Whether a signal's evidence names the selection: the co-operative, a farm or one of its lots. */
  function mentions(value, ids) {
    if (typeof value === 'string') {
      return ids.has(value);
    }
    if (value && typeof value === 'object') {
      return Object.values(value).some(v => mentions(v, ids));
    }
    return false;
  }

  function renderSignals(result, pick, details) {
    if (!result.ok) {
      panelState('signals', 'failed', I.t('state.failed', { status: result.status }));
      return;
    }
    const ids = new Set([pick.id, ...pick.farms]);
    details.forEach(d => (d.lots || []).forEach(lot => ids.add(lot.lotId)));
    const signals = (result.body.signals || []).filter(s => mentions(s.evidence, ids));
    byId('signals-list').replaceChildren(...signals.map(s => {
      const item = element('li', { class: 'signal', 'data-kind': s.kind });
      item.append(element('p', { class: 'signal-sentence' }, s.sentence));
      return item;
    }));
    panelState('signals', 'ready', signals.length === 0 ? I.t('signals.none') : '');
  }

  // ---------- the cycle ----------

  function showPeriod() {
    byId('from').value = state.from;
    byId('to').value = state.to;
    const days = Math.round((Date.parse(state.to) - Date.parse(state.from)) / DAY_MS) + 1;
    byId('period-caption').textContent = I.t('period.caption', {
      from: I.day(state.from), to: I.day(state.to), days: I.number(days, 0), zone: state.calendar.zone
    });
  }

  function unavailable(result) {
    clearTimeout(state.timer);
    const seconds = result.retryAfter || RETRY_SECONDS;
    if (result.status === 503) {
      setStatus('starting', I.t('state.notReady', { seconds }));
    } else {
      setStatus('offline', result.status === 0 ? I.t('state.offline') : I.t('state.failed', { status: result.status }));
    }
    state.timer = setTimeout(refresh, seconds * 1000);
  }

  /** A 401: nothing refreshes until an analyst key is entered (page.js shows the sign-in). */
  function signedOut() {
    clearTimeout(state.timer);
    setStatus('signed-out', I.t('signIn.waiting'));
    setBanner('');
  }

  async function refresh() {
    const generation = ++state.generation;
    if (!state.calendar) {
      const calendar = await P.getJson('dashboard/calendar');
      if (calendar.status === 401) {
        signedOut();
        return;
      }
      if (!calendar.ok) {
        unavailable(calendar);
        return;
      }
      state.calendar = calendar.body;
      state.from = state.from || calendar.body.season.from;
      state.to = state.to || calendar.body.season.to;
    }
    showPeriod();
    const period = { from: state.from, to: state.to };
    const list = await P.getJson(query(API + 'farms', period));
    if (generation !== state.generation) {
      return;
    }
    if (list.status === 401) {
      signedOut();
      return;
    }
    if (!list.ok) {
      unavailable(list);
      return;
    }
    fillPicker(list.body);
    if (!state.who) {
      setStatus('live', I.t('state.pickFirst'));
      document.getElementById('main').dataset.state = 'empty';
      return;
    }
    const pick = selection(list.body);
    const [details, signals] = await Promise.all([
      Promise.all(pick.farms.map(farm => P.getJson(query(API + 'farms/' + encodeURIComponent(farm), period)))),
      P.getJson(query(API + 'signals', period))
    ]);
    if (generation !== state.generation) {
      return;
    }
    if (P.signInNeeded(details.concat([signals]))) {
      signedOut();
      return;
    }
    const failed = details.find(d => !d.ok);
    if (failed) {
      unavailable(failed);
      return;
    }
    const bodies = details.map(d => d.body);
    renderKpis(pick.summary || {}, list.body.county);
    renderLots(bodies);
    renderWhere(bodies);
    renderSignals(signals, pick, bodies);
    saveToUrl();
    setBanner('');
    document.getElementById('main').dataset.state = 'ready';
    setStatus('live', I.t('state.live', {
      time: new Intl.DateTimeFormat(I.locale(), { hour: '2-digit', minute: '2-digit' }).format(new Date())
    }));
  }

  function saveToUrl() {
    const params = new URLSearchParams({ who: state.who, from: state.from, to: state.to });
    history.replaceState(null, '', '?' + params.toString());
  }

  function loadFromUrl() {
    const params = new URLSearchParams(location.search);
    const day = /^\d{4}-\d{2}-\d{2}$/;
    if (day.test(params.get('from') || '') && day.test(params.get('to') || '') && params.get('from') <= params.get('to')) {
      state.from = params.get('from');
      state.to = params.get('to');
    }
    if (/^(coop|farm):.+/.test(params.get('who') || '')) {
      state.who = params.get('who');
    }
  }

  function wire() {
    loadFromUrl();
    P.wireLanguage(refresh);
    P.wireSignIn(refresh);
    byId('who').addEventListener('change', event => {
      state.who = event.target.value;
      refresh();
    });
    byId('farmer-form').addEventListener('submit', event => {
      event.preventDefault();
      if (byId('from').value && byId('to').value && byId('from').value <= byId('to').value) {
        state.from = byId('from').value;
        state.to = byId('to').value;
        refresh();
      }
    });
    refresh();
  }

  wire();
})();
