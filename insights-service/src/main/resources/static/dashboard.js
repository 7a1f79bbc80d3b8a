/*
 * Goji Chain Insights dashboard: one page over the insights API, no build step. Texts, numbers and
 * dates in the page's language (i18n.js); HTTP, sign-in and exact sums shared with the farmer's
 * page (page.js).
 *
 * Every 30 s (sooner after a 503, as its Retry-After says) it asks the service for today's date in
 * the insights zone, then for every panel's endpoint at once, and draws what came back. A panel
 * whose endpoint fails shows why and the others carry on; nothing is logged to the console, so a
 * missing endpoint or a starting engine is a state of the page, not an error.
 *
 * Sums are exact: money is added in integer cents from the API's decimal strings, feKg in integer
 * millionths (the API's feKg has at most 6 decimals).
 */
(function () {
  'use strict';

  const I = window.GojiI18n;
  const P = window.GojiPage;
  const { byId, element, toMicros, microsToString, toCents, centsToString, setStatus, setBanner } = P;
  const API = 'api/v1/insights/';
  const REFRESH_SECONDS = 30;
  const OFFLINE_RETRY_SECONDS = 10;
  const DAY_MS = 86400000;
  /** Periods longer than the demand endpoint's daily limit are drawn per ISO week. */
  const MAX_DAILY_DAYS = 366;
  const FORECAST_HISTORY_DAYS = 28;
  const TOP_SESSIONS = 10;

  const FORMS = ['fresh', 'dried', 'nfc_juice', 'pulp'];
  const CHANNELS = ['online', 'livestream', 'offline'];
  // Okabe-Ito colours: distinguishable with the common colour-vision deficiencies
  const COLORS = {
    fresh: '#d55e00', dried: '#882255', nfc_juice: '#e69f00', pulp: '#009e73',
    online: '#0072b2', livestream: '#cc79a7', offline: '#009e73'
  };
  const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#882255', '#44aa99',
    '#999933', '#6f6f6f'];
  const INK = '#1f2328';
  const INK_SOFT = '#4a5059';
  const GRID_LINE = '#ebe6df';
  // Screenshots and people who ask for less motion get the final picture at once.
  const ANIMATE = !navigator.webdriver && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  const state = {
    // 'auto' until the reader picks: the last 30 days in the season, the season just ended after it
    preset: 'auto',
    from: null,
    to: null,
    dimension: 'productForm',
    calendar: null,
    currencies: [],
    generation: 0,
    timer: null,
    refreshes: 0
  };

  // ---------- formatting ----------

  function number(value, maxDigits, minDigits) {
    return I.number(value, maxDigits, minDigits);
  }

  /** feKg for reading: whole kg from 100 up, one decimal below. */
  function kg(value) {
    return number(value, Math.abs(value) >= 100 ? 0 : 1);
  }

  function feKgText(value) {
    return kg(value) + ' ' + I.t('unit.feKg');
  }

  function money(currency, amount) {
    return I.money(currency, amount);
  }

  /** A map currency -> decimal string, e.g. {"CNY": "897.00"}, as "CN¥897.00 · US$12.00". */
  function moneyMap(amounts) {
    const currencies = Object.keys(amounts || {}).sort();
    return currencies.length === 0 ? money('CNY', 0) : currencies.map(c => money(c, amounts[c])).join(' · ');
  }

  function percent(fraction, digits) {
    return fraction === null || fraction === undefined ? '–' : number(fraction * 100, digits, digits) + '%';
  }

  /** Product forms and channels by their names in the page's language; provinces as sent. */
  function label(key) {
    return translated('form.', key) !== key ? translated('form.', key) : translated('channel.', key);
  }

  /** A code's name in the page's language, or the code itself when the page has no name for it. */
  function translated(prefix, code) {
    const text = I.t(prefix + code);
    return text === prefix + code ? code : text;
  }

  // ---------- dates (calendar days, computed in UTC so no zone shifts them) ----------

  function parseDay(text) {
    const [y, m, d] = text.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  }

  function formatDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  function addDays(day, days) {
    return formatDay(parseDay(day) + days * DAY_MS);
  }

  function daysBetween(from, to) {
    return Math.round((parseDay(to) - parseDay(from)) / DAY_MS) + 1;
  }

  function dayRange(from, to) {
    const days = [];
    for (let t = parseDay(from); t <= parseDay(to); t += DAY_MS) {
      days.push(formatDay(t));
    }
    return days;
  }

  function mondayOf(day) {
    const weekday = (new Date(parseDay(day)).getUTCDay() + 6) % 7;
    return addDays(day, -weekday);
  }

  function dayLabel(day) {
    return I.shortDay(day);
  }

  function longDayLabel(day) {
    return I.day(day);
  }

  // ---------- DOM helpers ----------

  function setValue(id, text, rawValue) {
    const node = byId(id);
    node.textContent = text;
    if (rawValue === null || rawValue === undefined) {
      node.removeAttribute('data-value');
    } else {
      node.setAttribute('data-value', rawValue);
    }
  }

  function panel(name) {
    return byId('panel-' + name);
  }

  function panelReady(name) {
    const node = panel(name);
    node.dataset.state = 'ready';
    node.querySelector('.panel-message').textContent = '';
  }

  // The API leaves absent values out of its JSON: an optional field is tested with '== null' (null or undefined).

  /** Shows why a panel has no (fresh) numbers; its last picture stays, dimmed, behind the message. */
  function panelFailed(name, result) {
    const node = panel(name);
    let message;
    if (result.status === 503) {
      node.dataset.state = 'not-ready';
      message = I.t('panel.notReady');
    } else {
      node.dataset.state = 'unavailable';
      if (result.status === 404) {
        message = I.t('panel.missing');
      } else if (result.status === 400) {
        message = I.t('panel.badPeriod', { detail: result.detail || I.t('panel.rejected') });
      } else if (result.status === 401) {
        message = I.t('panel.signIn');
      } else if (result.status === 403) {
        message = I.t('panel.forbidden');
      } else if (result.status === 0) {
        message = I.t('panel.offline');
      } else if (result.status === -1) {
        message = I.t('panel.other', { detail: result.detail });
      } else {
        message = I.t('panel.status', { status: result.status });
      }
    }
    node.querySelector('.panel-message').textContent = message;
  }

  // ---------- charts ----------

  function chart(id) {
    if (!window.echarts) {
      throw new Error('the chart library did not load');
    }
    const node = byId(id);
    return window.echarts.getInstanceByDom(node) || window.echarts.init(node, null, { renderer: 'svg' });
  }

  function draw(id, option) {
    chart(id).setOption(Object.assign({
      animation: ANIMATE,
      aria: { enabled: true },
      textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', color: INK },
      color: PALETTE
    }, option), { notMerge: true });
  }

  function emptyNote(show, text) {
    return show ? [{
      type: 'text', left: 'center', top: 'middle', silent: true,
      style: { text: text, fill: INK_SOFT, fontSize: 14 }
    }] : [];
  }

  // no axis name: the panel's subtitle gives the unit, and a name would collide with the legend
  const valueAxis = formatter => ({
    type: 'value',
    axisLabel: { color: INK_SOFT, hideOverlap: true, formatter: formatter || (v => number(v, 0)) },
    splitLine: { lineStyle: { color: GRID_LINE } }
  });

  const categoryAxis = (data, extra) => Object.assign({
    type: 'category', data: data,
    axisLabel: { color: INK_SOFT, hideOverlap: true },
    axisLine: { lineStyle: { color: '#b9b2a8' } },
    axisTick: { show: false }
  }, extra || {});

  function colorOf(key, index) {
    return COLORS[key] || PALETTE[index % PALETTE.length];
  }

  /** Forms and channels in their fixed order; anything else (provinces) by demand, largest first. */
  function orderKeys(keys, totals) {
    const fixed = state.dimension === 'productForm' ? FORMS : state.dimension === 'channel' ? CHANNELS : null;
    if (fixed) {
      return fixed.filter(k => keys.includes(k)).concat(keys.filter(k => !fixed.includes(k)).sort());
    }
    return keys.slice().sort((a, b) => (totals.get(b) - totals.get(a)) || a.localeCompare(b));
  }

  // ---------- panels ----------

  function renderDemand(result, period) {
    const totals = byId('demand-totals');
    if (!result.ok) {
      ['total-feKg', 'total-revenue', 'total-orders', 'total-units'].forEach(id => setValue(id, '–', null));
      panelFailed('demand', result);
      return;
    }
    const report = result.body;
    const weekly = report.bucket === 'week';
    const buckets = weekly
      ? dayRange(mondayOf(period.from), period.to).filter(d => d === mondayOf(d))
      : dayRange(period.from, period.to);
    const perKey = new Map();
    const keyTotals = new Map();
    let feKg = 0;
    let orders = 0;
    let units = 0;
    const revenue = new Map();
    report.rows.forEach(row => {
      if (!perKey.has(row.key)) {
        perKey.set(row.key, new Map());
        keyTotals.set(row.key, 0);
      }
      perKey.get(row.key).set(row.bucketStart, Number(row.feKg));
      const micros = toMicros(row.feKg);
      keyTotals.set(row.key, keyTotals.get(row.key) + micros);
      feKg += micros;
      orders += row.orders;
      units += row.units;
      Object.entries(row.revenue || {}).forEach(([currency, amount]) =>
        revenue.set(currency, (revenue.get(currency) || 0n) + toCents(amount)));
    });

    setValue('total-feKg', number(feKg / 1e6, 2), microsToString(feKg));
    const currencies = Array.from(revenue.keys()).sort();
    state.currencies = currencies;
    setValue('total-revenue',
      currencies.length === 0 ? money('CNY', 0) : currencies.map(c => money(c, centsToString(revenue.get(c)))).join(' · '),
      currencies.map(c => c + '=' + centsToString(revenue.get(c))).join(';'));
    setValue('total-orders', number(orders, 0), String(orders));
    setValue('total-units', number(units, 0), String(units));

    const keys = orderKeys(Array.from(perKey.keys()), keyTotals);
    byId('demand-sub').textContent = I.t('demand.sub', {
      bucket: I.t(weekly ? 'bucket.week' : 'bucket.day'), dimension: I.t('dimension.' + state.dimension)
    });
    draw('chart-demand', {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, type: 'scroll', textStyle: { color: INK } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: v => feKgText(v) },
      xAxis: categoryAxis(buckets.map(dayLabel)),
      yAxis: valueAxis(),
      graphic: emptyNote(keys.length === 0, I.t('chart.noSales')),
      series: keys.map((key, i) => ({
        id: 'demand-' + key,
        name: label(key),
        type: 'bar',
        stack: 'demand',
        barMaxWidth: 28,
        emphasis: { focus: 'series' },
        itemStyle: { color: colorOf(key, i) },
        data: buckets.map(b => perKey.get(key).get(b) || 0)
      }))
    });

    totals.replaceChildren(...keys.map((key, i) => {
      const item = element('li', { 'data-testid': 'demand-total', 'data-key': key,
        'data-value': microsToString(keyTotals.get(key)) });
      item.append(element('span', { class: 'swatch', style: 'background:' + colorOf(key, i), 'aria-hidden': 'true' }),
        element('span', {}, label(key)), element('b', {}, feKgText(keyTotals.get(key) / 1e6)));
      return item;
    }));
    panelReady('demand');
  }

  /** "▲ 12.3% on the previous 30 days" in the KPI card's note, or its plain note without a comparison. */
  function showChange(id, current, previous, days, suffix) {
    const node = byId(id);
    node.classList.remove('up', 'down');
    if (current === null) {
      node.textContent = node.dataset.plain;
      return;
    }
    if (previous <= 0) {
      node.textContent = I.t('change.none', { days: days, suffix: suffix || '' });
      return;
    }
    const change = current / previous - 1;
    node.classList.add(change > 0 ? 'up' : change < 0 ? 'down' : 'flat');
    node.textContent = I.t('change.against', {
      arrow: change > 0 ? '▲ ' : change < 0 ? '▼ ' : '', percent: percent(Math.abs(change), 1), days: days,
      suffix: suffix || ''
    });
  }

  function renderMix(result) {
    const previousDays = result.ok ? daysBetween(result.body.previousPeriod.from, result.body.previousPeriod.to) : 0;
    if (!result.ok) {
      showChange('demand-change', null);
      showChange('revenue-change', null);
      panelFailed('mix', result);
      return;
    }
    const report = result.body;
    // the period's totals against the previous period's, from the same rows the shares come from
    let feKgNow = 0;
    let feKgBefore = 0;
    let centsNow = 0n;
    let centsBefore = 0n;
    report.shares.productForm.forEach(row => {
      feKgNow += toMicros(row.feKg.current);
      feKgBefore += toMicros(row.feKg.previous);
      centsNow += toCents(row.revenue.current);
      centsBefore += toCents(row.revenue.previous);
    });
    showChange('demand-change', feKgNow, feKgBefore, previousDays);
    // revenue shares are in one currency; say which when the period sold in others too
    const others = state.currencies.filter(c => c !== report.currency).length > 0;
    showChange('revenue-change', Number(centsNow), Number(centsBefore), previousDays,
      others ? I.t('change.currencyOnly', { currency: report.currency }) : '');
    const rows = report.shares.productForm.slice()
      .sort((a, b) => FORMS.indexOf(a.key) - FORMS.indexOf(b.key));
    const ring = (name, center, values) => ({
      name: name, type: 'pie', radius: ['46%', '72%'], center: [center, '50%'],
      label: { show: false },
      itemStyle: { borderColor: '#fff', borderWidth: 2 },
      data: rows.map((row, i) => ({ name: label(row.key), value: values(row), itemStyle: { color: colorOf(row.key, i) } }))
    });
    const centerTitle = (text, left) => ({
      text: text, left: left, top: 'middle', textAlign: 'center',
      textStyle: { fontSize: 13, fontWeight: 600, color: INK_SOFT }
    });
    draw('chart-mix', {
      title: [centerTitle(I.t('mix.revenue'), '25%'), centerTitle(I.t('mix.feKg'), '75%')],
      tooltip: { trigger: 'item', formatter: p => p.seriesName + ' · ' + p.name + ': ' + number(p.percent, 1) + '%' },
      graphic: emptyNote(rows.length === 0, I.t('chart.noSales')),
      series: [ring(I.t('mix.revenue'), '25%', row => Number(row.revenue.current)),
        ring(I.t('mix.feKg'), '75%', row => Number(row.feKg.current))]
    });
    const body = byId('mix-table').tBodies[0];
    body.replaceChildren(...rows.map(row => {
      const change = row.feKg.shareChangePp;
      const changeCell = element('td', { class: 'num' + (change > 0 ? ' up' : change < 0 ? ' down' : '') },
        change == null ? '–' : (change > 0 ? '▲ +' : change < 0 ? '▼ ' : '') + number(change, 1, 1) + ' '
          + I.t('unit.pt'));
      changeCell.setAttribute('title', I.t('mix.changeTitle', {
        from: longDayLabel(report.previousPeriod.from), to: longDayLabel(report.previousPeriod.to)
      }));
      const tr = element('tr', { 'data-testid': 'mix-row', 'data-key': row.key });
      const name = element('th', { scope: 'row' });
      name.append(element('span', { class: 'swatch', style: 'background:' + colorOf(row.key, 0), 'aria-hidden': 'true' }),
        label(row.key));
      tr.append(name,
        element('td', { class: 'num', 'data-testid': 'mix-revenue-share' }, percent(row.revenue.share, 1)),
        element('td', { class: 'num', 'data-testid': 'mix-feKg-share' }, percent(row.feKg.share, 1)),
        changeCell);
      return tr;
    }));
    panelReady('mix');
  }

  function renderValue(result) {
    if (!result.ok) {
      panelFailed('value', result);
      return;
    }
    const values = result.body.valuePerFreshKg;
    // money is never converted: show the currency that sold the most, name the others
    const revenueBy = new Map();
    values.forEach(v => revenueBy.set(v.currency, (revenueBy.get(v.currency) || 0n) + toCents(v.revenue)));
    const currencies = Array.from(revenueBy.keys()).sort((a, b) =>
      (revenueBy.get(b) > revenueBy.get(a) ? 1 : revenueBy.get(b) < revenueBy.get(a) ? -1 : a.localeCompare(b)));
    const currency = currencies[0] || 'CNY';
    const rows = values.filter(v => v.currency === currency && v.valuePerFreshKg != null)
      .sort((a, b) => a.rank - b.rank);
    byId('value-sub').textContent = I.t('value.sub', { currency: currency });
    draw('chart-value', {
      grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: v => I.t('value.perFreshKg', { value: money(currency, v) }) },
      xAxis: valueAxis(),
      yAxis: categoryAxis(rows.map(r => label(r.productForm)), { inverse: true, axisLabel: { color: INK, fontSize: 13 } }),
      graphic: emptyNote(rows.length === 0, I.t('chart.noSales')),
      series: [{
        id: 'value', name: I.t('value.series'), type: 'bar', barMaxWidth: 26,
        label: { show: true, position: 'right', color: INK, formatter: p => money(currency, p.value) },
        data: rows.map((r, i) => ({ value: Number(r.valuePerFreshKg), itemStyle: { color: colorOf(r.productForm, i) } }))
      }]
    });
    const foot = byId('value-foot');
    foot.replaceChildren();
    if (rows.length > 0) {
      foot.append(I.t('value.realized'));
      rows.forEach((r, i) => {
        if (i > 0) {
          foot.append(' · ');
        }
        foot.append(element('span', { 'data-testid': 'price', 'data-key': r.productForm, 'data-value': r.price },
          label(r.productForm) + ' ' + (r.price == null ? '–' : money(currency, r.price) + '/' + r.unit)));
      });
    }
    if (currencies.length > 1) {
      foot.append(element('span', {}, I.t('value.alsoSold', { currencies: currencies.slice(1).join(', ') })));
    }
    panelReady('value');
  }

  /** Days of cover below this are flagged; the signals' own threshold when they answered. */
  const DEFAULT_COVER_DAYS = 7;

  function renderSupply(result, coverDays) {
    if (!result.ok) {
      panelFailed('supply', result);
      return;
    }
    const report = result.body;
    const forms = report.forms;
    byId('supply-sub').textContent = I.t('supply.sub', { day: longDayLabel(report.asOf) });
    draw('chart-supply', {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: { color: INK } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: v => feKgText(v) },
      xAxis: categoryAxis(forms.map(f => label(f.productForm)), { axisLabel: { color: INK, fontSize: 13 } }),
      yAxis: valueAxis(),
      series: [
        { id: 'produced', name: I.t('supply.produced'), type: 'bar', barMaxWidth: 30, itemStyle: { color: '#0072b2' },
          data: forms.map(f => Number(f.producedFeKg)) },
        { id: 'sold', name: I.t('supply.sold'), type: 'bar', barMaxWidth: 30, itemStyle: { color: '#e69f00' },
          data: forms.map(f => Number(f.soldFeKg)) }
      ]
    });
    const body = byId('supply-table').tBodies[0];
    body.replaceChildren(...forms.map(f => {
      const tr = element('tr', { 'data-testid': 'supply-row', 'data-key': f.productForm,
        class: f.shortfall ? 'shortfall' : null });
      const name = element('th', { scope: 'row' }, label(f.productForm));
      if (f.shortfall) {
        name.append(element('span', { class: 'tag', 'data-testid': 'supply-flag' }, I.t('supply.shortfall')));
      } else if (f.oversold) {
        name.append(element('span', { class: 'tag', 'data-testid': 'supply-flag' }, I.t('supply.oversold')));
      } else if (f.daysOfCover != null && Number(f.daysOfCover) < coverDays) {
        name.append(element('span', { class: 'tag tag-warn', 'data-testid': 'supply-flag',
          title: I.t('supply.lowCoverTitle', { days: coverDays }) }, I.t('supply.lowCover')));
      }
      const cover = f.daysOfCover == null ? '–' : number(Number(f.daysOfCover), 1, 1) + ' ' + I.t('unit.days');
      const gap = Number(f.gapFeKg);
      tr.append(name,
        element('td', { class: 'num' }, kg(Number(f.stockFeKg))),
        element('td', { class: 'num', 'data-testid': 'cover', 'data-value': f.daysOfCover == null ? '' : String(f.daysOfCover) }, cover),
        element('td', { class: 'num' }, kg(Number(f.forecastDemandFeKg))),
        element('td', { class: 'num' + (gap > 0 ? ' down' : '') }, (gap > 0 ? '+' : '') + kg(gap)));
      return tr;
    }));
    panelReady('supply');
  }

  function renderForecast(result) {
    if (!result.ok) {
      panelFailed('forecast', result);
      return;
    }
    const report = result.body;
    const series = report.series.filter(s => s.model && s.model.type !== 'none' && s.forecast.length > 0);
    const today = report.period.to;
    const first = addDays(today, 1 - FORECAST_HISTORY_DAYS);
    const days = dayRange(first, report.horizon.to);
    const index = new Map(days.map((d, i) => [d, i]));
    const lines = [];
    series.forEach((s, i) => {
      const color = colorOf(s.productForm, i);
      const past = new Array(days.length).fill(null);
      const forecast = new Array(days.length).fill(null);
      s.history.forEach(p => {
        if (index.has(p.date)) {
          past[index.get(p.date)] = Number(p.feKg);
        }
      });
      s.forecast.forEach(p => {
        if (index.has(p.date)) {
          forecast[index.get(p.date)] = Number(p.feKg);
        }
      });
      // the dashed line starts at today's point so the two read as one line
      forecast[index.get(today)] = past[index.get(today)];
      const common = { name: label(s.productForm), type: 'line', symbol: 'none', smooth: false,
        itemStyle: { color: color }, emphasis: { focus: 'series' } };
      lines.push(Object.assign({ id: 'history-' + s.productForm, data: past,
        lineStyle: { width: 2, color: color } }, common));
      lines.push(Object.assign({ id: 'forecast-' + s.productForm, data: forecast,
        lineStyle: { width: 2, type: 'dashed', color: color } }, common));
    });
    if (lines.length > 0) {
      lines[0].markArea = {
        silent: true, itemStyle: { color: 'rgba(31, 35, 40, 0.05)' },
        label: { show: true, position: 'insideTop', color: INK_SOFT, formatter: I.t('forecast.mark') },
        data: [[{ xAxis: dayLabel(report.horizon.from) }, { xAxis: dayLabel(report.horizon.to) }]]
      };
    }
    draw('chart-forecast', {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: { color: INK } },
      tooltip: { trigger: 'axis', valueFormatter: v => (v === null || v === undefined ? '–' : feKgText(v)) },
      xAxis: categoryAxis(days.map(dayLabel), { boundaryGap: false }),
      yAxis: valueAxis(),
      graphic: emptyNote(series.length === 0, I.t('forecast.none')),
      series: lines
    });
    byId('forecast-sub').textContent = I.t('forecast.sub', { days: daysBetween(report.horizon.from, report.horizon.to) });
    byId('forecast-totals').replaceChildren(...series.map((s, i) => {
      const next7 = s.forecast.slice(0, 7).reduce((sum, p) => sum + toMicros(p.feKg), 0);
      const model = I.t(s.model.type === 'holt_winters' ? 'model.holt_winters' : 'model.other');
      const item = element('li', { 'data-testid': 'forecast-next7', 'data-key': s.productForm,
        'data-value': microsToString(next7), title: I.t('forecast.model', { model: s.model.type.replace('_', '-') }) });
      item.append(element('span', { class: 'swatch', style: 'background:' + colorOf(s.productForm, i), 'aria-hidden': 'true' }),
        element('span', {}, I.t('forecast.next7', { form: label(s.productForm) })),
        element('b', {}, feKgText(next7 / 1e6)),
        element('span', {}, '(' + model + ')'));
      return item;
    }));
    panelReady('forecast');
  }

  function renderLivestreams(result) {
    if (!result.ok) {
      ['livestream-sessions', 'livestream-feKg', 'livestream-revenue'].forEach(id => setValue(id, '–', null));
      panelFailed('livestreams', result);
      return;
    }
    const report = result.body;
    const sessions = report.sessions;
    const zone = state.calendar ? state.calendar.zone : 'UTC';
    const time = { format: date => I.dayTime(date, zone) };
    draw('chart-livestreams', {
      grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: p => {
          const s = sessions[p.dataIndex];
          // ECharts shows a tooltip formatter's string as HTML: ids and platforms are the sellers' text
          const html = window.echarts.format.encodeHTML;
          return [html(s.livestreamId + (s.platform ? ' (' + s.platform + ')' : '')),
            feKgText(Number(s.feKg)) + ' · ' + moneyMap(s.revenue),
            I.t('live.counts', { orders: number(s.orders, 0), units: number(s.units, 0) }),
            I.t('live.started', { time: time.format(new Date(s.firstSale)) }),
            s.peakMinute ? I.t('live.peak', { time: time.format(new Date(s.peakMinute.minute)),
              units: number(s.peakMinute.units, 0) }) : ''
          ].filter(Boolean).join('<br>');
        }
      },
      xAxis: valueAxis(),
      yAxis: categoryAxis(sessions.map(s => s.livestreamId), { inverse: true, axisLabel: { color: INK, fontSize: 12 } }),
      graphic: emptyNote(sessions.length === 0, I.t('live.none')),
      series: [{
        id: 'sessions', name: I.t('unit.feKg'), type: 'bar', barMaxWidth: 18, itemStyle: { color: COLORS.livestream },
        label: { show: true, position: 'right', color: INK, formatter: p => moneyMap(sessions[p.dataIndex].revenue) },
        data: sessions.map(s => Number(s.feKg))
      }]
    });
    const totals = report.totals;
    setValue('livestream-sessions', number(totals.sessions, 0), String(totals.sessions));
    setValue('livestream-feKg', number(Number(totals.feKg), 2), microsToString(toMicros(totals.feKg)));
    setValue('livestream-revenue', moneyMap(totals.revenue),
      Object.keys(totals.revenue).sort().map(c => c + '=' + totals.revenue[c]).join(';'));
    panelReady('livestreams');
  }

  function renderSignals(result) {
    if (!result.ok) {
      panelFailed('signals', result);
      return;
    }
    const report = result.body;
    const list = byId('signals-list');
    byId('signals-sub').textContent = I.t('dashSignals.subPeriod', {
      from: longDayLabel(report.period.from), to: longDayLabel(report.period.to),
      days: daysBetween(report.comparedTo.from, report.comparedTo.to)
    });
    if (report.signals.length === 0) {
      list.replaceChildren(element('li', { class: 'signals-empty' }, I.t('dashSignals.none')));
    } else {
      list.replaceChildren(...report.signals.map(signal => {
        const item = element('li', { class: 'signal', 'data-testid': 'signal', 'data-kind': signal.kind,
          'data-severity': signal.severity });
        const meta = element('p', { class: 'signal-meta' });
        meta.append(element('span', { class: 'severity severity-' + signal.severity }, translated('severity.', signal.severity)),
          I.t('dashSignals.for', { audience: signal.audience.map(a => translated('audience.', a)).join(I.t('list.separator')) }));
        item.append(element('p', { class: 'signal-sentence' }, signal.sentence), meta);
        return item;
      }));
    }
    panelReady('signals');
  }

  // ---------- period ----------

  function effectivePreset() {
    if (state.preset !== 'auto') {
      return state.preset;
    }
    return state.calendar.season.to === state.calendar.today ? '30' : 'season';
  }

  function currentPeriod() {
    const calendar = state.calendar;
    const preset = effectivePreset();
    if (preset === 'season') {
      return { from: calendar.season.from, to: calendar.season.to };
    }
    if (preset) {
      return { from: addDays(calendar.today, 1 - Number(preset)), to: calendar.today };
    }
    return { from: state.from, to: state.to };
  }

  function showPeriod(period) {
    byId('from').value = period.from;
    byId('to').value = period.to;
    byId('from').max = state.calendar.today;
    byId('to').max = state.calendar.today;
    document.querySelectorAll('[data-preset]').forEach(button =>
      button.setAttribute('aria-pressed', String(button.dataset.preset === effectivePreset())));
    byId('period-caption').textContent = I.t('period.caption', {
      from: longDayLabel(period.from), to: longDayLabel(period.to),
      days: number(daysBetween(period.from, period.to), 0), zone: state.calendar.zone
    });
  }

  function saveToUrl() {
    const params = new URLSearchParams();
    if (state.preset === 'auto') {
      // nothing: the page chooses again on the next visit
    } else if (state.preset) {
      params.set('preset', state.preset);
    } else {
      params.set('from', state.from);
      params.set('to', state.to);
    }
    if (state.dimension !== 'productForm') {
      params.set('dimension', state.dimension);
    }
    const query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
  }

  function loadFromUrl() {
    const params = new URLSearchParams(location.search);
    const day = /^\d{4}-\d{2}-\d{2}$/;
    if (day.test(params.get('from') || '') && day.test(params.get('to') || '') && params.get('from') <= params.get('to')) {
      state.preset = null;
      state.from = params.get('from');
      state.to = params.get('to');
    } else if (['7', '30', '90', 'season'].includes(params.get('preset'))) {
      state.preset = params.get('preset');
    }
    if (['productForm', 'channel', 'region'].includes(params.get('dimension'))) {
      state.dimension = params.get('dimension');
      byId('dim-' + state.dimension).checked = true;
    }
  }

  // ---------- refresh cycle ----------

  function schedule(seconds) {
    clearTimeout(state.timer);
    state.timer = setTimeout(refresh, seconds * 1000);
  }

  function busy(on) {
    document.querySelectorAll('.panel').forEach(node => {
      if (on) {
        node.setAttribute('aria-busy', 'true');
      } else {
        node.removeAttribute('aria-busy');
      }
    });
  }

  /** Draws one panel; a drawing failure marks that panel only. */
  function safely(name, render) {
    try {
      render();
    } catch (e) {
      panelFailed(name, { status: -1, detail: I.t('panel.drawFailed', { message: e.message }) });
    }
  }

  async function refresh() {
    clearTimeout(state.timer);
    const generation = ++state.generation;
    setStatus('updating', I.t('dash.updating'));
    busy(true);
    const calendar = await P.getJson('dashboard/calendar');
    if (generation !== state.generation) {
      return;
    }
    if (calendar.status === 401) {
      signedOut();
      return;
    }
    if (!calendar.ok) {
      busy(false);
      const text = I.t('dash.unreachable', { seconds: OFFLINE_RETRY_SECONDS });
      setStatus('offline', text);
      setBanner(I.t('dash.outOfDate', { text: text }));
      document.querySelector('main').dataset.state = 'offline';
      schedule(OFFLINE_RETRY_SECONDS);
      return;
    }
    state.calendar = calendar.body;
    const period = currentPeriod();
    showPeriod(period);
    const days = daysBetween(period.from, period.to);
    const range = 'from=' + period.from + '&to=' + period.to;
    const paths = {
      demand: API + 'demand?dimension=' + state.dimension + '&bucket=' + (days > MAX_DAILY_DAYS ? 'week' : 'day') + '&' + range,
      mix: API + 'preferences?' + range,
      value: API + 'prices?' + range,
      supply: API + 'supply-demand?asOf=' + period.to,
      forecast: API + 'forecast',
      livestreams: API + 'livestreams?' + range + '&top=' + TOP_SESSIONS,
      signals: API + 'signals?' + range
    };
    const names = Object.keys(paths);
    const answers = await Promise.all(names.map(name => P.getJson(paths[name])));
    if (generation !== state.generation) {
      return;
    }
    if (P.signInNeeded(answers)) {
      signedOut();
      return;
    }
    const results = {};
    names.forEach((name, i) => { results[name] = answers[i]; });
    safely('demand', () => renderDemand(results.demand, period));
    safely('mix', () => renderMix(results.mix));
    safely('value', () => renderValue(results.value));
    const thresholds = results.signals.ok && results.signals.body.thresholds;
    const coverDays = thresholds && thresholds.coverDays != null ? Number(thresholds.coverDays) : DEFAULT_COVER_DAYS;
    safely('supply', () => renderSupply(results.supply, coverDays));
    safely('forecast', () => renderForecast(results.forecast));
    safely('livestreams', () => renderLivestreams(results.livestreams));
    safely('signals', () => renderSignals(results.signals));
    busy(false);

    const notReady = answers.filter(a => a.status === 503);
    state.refreshes += 1;
    const main = document.querySelector('main');
    main.dataset.refreshes = String(state.refreshes);
    if (notReady.length > 0) {
      const wait = Math.min(REFRESH_SECONDS, Math.max(1, ...notReady.map(a => a.retryAfter || 5)));
      setStatus('not-ready', I.t('dash.notReady', { seconds: wait }));
      setBanner(I.t('dash.notReadyBanner', { seconds: wait }));
      main.dataset.state = 'not-ready';
      schedule(wait);
      return;
    }
    setStatus('ready', I.t('dash.updated', { clock: I.clock(new Date()), seconds: REFRESH_SECONDS }));
    setBanner('');
    main.dataset.state = 'ready';
    schedule(REFRESH_SECONDS);
  }

  /** A 401: the numbers stay hidden and nothing refreshes until an analyst key is entered (page.js). */
  function signedOut() {
    clearTimeout(state.timer);
    busy(false);
    setStatus('signed-out', I.t('signIn.waiting'));
    setBanner('');
  }

  // ---------- wiring ----------

  function wire() {
    document.querySelectorAll('[data-preset]').forEach(button => button.addEventListener('click', () => {
      state.preset = button.dataset.preset;
      saveToUrl();
      refresh();
    }));
    const form = byId('period-form');
    const from = byId('from');
    const to = byId('to');
    const check = () => to.setCustomValidity(from.value && to.value && from.value > to.value
      ? I.t('period.invalid') : '');
    from.addEventListener('input', check);
    to.addEventListener('input', check);
    form.addEventListener('submit', event => {
      event.preventDefault();
      check();
      if (!form.reportValidity()) {
        return;
      }
      state.preset = null;
      state.from = from.value;
      state.to = to.value;
      saveToUrl();
      refresh();
    });
    document.querySelectorAll('input[name="dimension"]').forEach(input => input.addEventListener('change', () => {
      state.dimension = input.value;
      saveToUrl();
      refresh();
    }));
    // charts follow their box (window size, grid reflow, a panel growing with its row); resizing in
    // the next frame, not inside the callback, so a resize that changes layout does not re-trigger the
    // observer in the same frame (Chromium reports that as a 'ResizeObserver loop' console error)
    if (window.ResizeObserver) {
      const observer = new ResizeObserver(entries => window.requestAnimationFrame(() => entries.forEach(entry => {
        const instance = window.echarts && window.echarts.getInstanceByDom(entry.target);
        if (instance) {
          instance.resize();
        }
      })));
      document.querySelectorAll('.chart').forEach(node => observer.observe(node));
    }
  }

  const keepPlainNotes = () => ['demand-change', 'revenue-change'].forEach(id => {
    byId(id).dataset.plain = byId(id).textContent;
  });
  P.wireLanguage(() => {
    keepPlainNotes();
    refresh();
  });
  P.wireSignIn(refresh);
  keepPlainNotes();
  loadFromUrl();
  wire();
  refresh();
})();
