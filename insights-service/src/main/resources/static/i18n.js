/*
 * Goji Chain Insights: the pages' languages, zh-CN and en. The people who use this in Jinghe read
 * Chinese first, so a browser that prefers any Chinese gets zh-CN; everyone else gets English. A
 * choice made with the language switch is kept (localStorage) and wins over the browser's.
 *
 * Texts are looked up by key; numbers, money and dates go through Intl for the chosen locale.
 * Names sent by clients (provinces, farms, SKUs) are data and are shown as sent, never translated.
 */
(function () {
  'use strict';

  const STORAGE_KEY = 'goji.lang';
  const SUPPORTED = ['en', 'zh-CN'];

  const TEXTS = {
    en: {
      'lang.name': 'English',
      'lang.switch': 'Language',
      'farmer.title': 'Goji Chain Insights · Farms',
      'farmer.heading': 'What your berries earned',
      'farmer.sub': 'Lots, what they became, where they sold and what a fresh kg earned',
      'farmer.back': 'Analyst dashboard',
      'farmer.pick': 'Co-operative or farm',
      'farmer.cooperatives': 'Co-operatives',
      'farmer.farms': 'Farms',
      'farmer.farmOf': '{farm} ({coop})',
      'farmer.ownFarm': '{farm} (independent)',
      'period.from': 'From',
      'period.to': 'To',
      'period.show': 'Show',
      'period.caption': '{from} – {to} · {days} days · {zone}',
      'kpi.lots': 'Lots harvested',
      'kpi.harvested': 'Harvested',
      'kpi.processed': 'Given to processing',
      'kpi.processedNote': 'dried {dried} · juiced {juiced}',
      'kpi.sold': 'Sold, fresh-equivalent',
      'kpi.revenue': 'Attributed revenue',
      'kpi.value': 'Per fresh kg',
      'kpi.county': 'county {value}',
      'kpi.vsCounty': '{change} against the county',
      'kpi.noCounty': 'no county figure yet',
      'lots.heading': 'Lots',
      'lots.lot': 'Lot',
      'lots.harvested': 'Harvested',
      'lots.became': 'Became',
      'lots.sold': 'Sold',
      'lots.value': 'Per fresh kg',
      'lots.farm': 'Farm',
      'lots.none': 'No lots in this period.',
      'lots.unsold': 'not sold yet',
      'lots.notProcessed': 'not processed',
      'where.heading': 'Where it sold',
      'where.channel': 'Channel',
      'where.province': 'Buyer province',
      'where.feKg': 'feKg',
      'where.revenue': 'Revenue',
      'where.none': 'Nothing sold in this period.',
      'signals.heading': 'Signals',
      'signals.none': 'No signal for this selection in the period.',
      'state.loading': 'Loading…',
      'state.live': 'Live · updated {time}',
      'state.notReady': 'The insights engine is starting or rebuilding; retrying in {seconds} s',
      'state.offline': 'The service cannot be reached; retrying',
      'state.failed': 'This part could not be loaded ({status}).',
      'state.notFound': 'Not known to the service.',
      'state.pickFirst': 'Pick a co-operative or a farm.',
      'form.fresh': 'Fresh', 'form.dried': 'Dried', 'form.nfc_juice': 'NFC juice', 'form.pulp': 'Pulp',
      'form.juiced': 'Juiced',
      'method.sun': 'sun-dried', 'method.hot_air': 'hot-air dried', 'method.freeze': 'freeze-dried',
      'channel.online': 'Online', 'channel.livestream': 'Livestream', 'channel.offline': 'Shops',
      'unit.kg': 'kg', 'unit.feKg': 'feKg'
    },
    'zh-CN': {
      'lang.name': '中文',
      'lang.switch': '语言',
      'farmer.title': '枸杞链洞察 · 农户',
      'farmer.heading': '您的枸杞卖了多少钱',
      'farmer.sub': '批次、加工去向、销售地区，以及每公斤鲜果的收益',
      'farmer.back': '分析师看板',
      'farmer.pick': '合作社或农户',
      'farmer.cooperatives': '合作社',
      'farmer.farms': '农户',
      'farmer.farmOf': '{farm}（{coop}）',
      'farmer.ownFarm': '{farm}（独立农户）',
      'period.from': '开始',
      'period.to': '结束',
      'period.show': '查看',
      'period.caption': '{from} – {to} · {days} 天 · {zone}',
      'kpi.lots': '采收批次',
      'kpi.harvested': '采收量',
      'kpi.processed': '交付加工',
      'kpi.processedNote': '制干 {dried} · 制汁 {juiced}',
      'kpi.sold': '销量（鲜果当量）',
      'kpi.revenue': '归属收入',
      'kpi.value': '每公斤鲜果',
      'kpi.county': '全县 {value}',
      'kpi.vsCounty': '比全县 {change}',
      'kpi.noCounty': '暂无全县数据',
      'lots.heading': '批次',
      'lots.lot': '批次号',
      'lots.harvested': '采收',
      'lots.became': '加工为',
      'lots.sold': '已售',
      'lots.value': '每公斤鲜果',
      'lots.farm': '农户',
      'lots.none': '该时段没有批次。',
      'lots.unsold': '尚未售出',
      'lots.notProcessed': '未加工',
      'where.heading': '销售去向',
      'where.channel': '渠道',
      'where.province': '买家省份',
      'where.feKg': '鲜果当量公斤',
      'where.revenue': '收入',
      'where.none': '该时段没有销售。',
      'signals.heading': '信号',
      'signals.none': '该时段没有与此相关的信号。',
      'state.loading': '加载中…',
      'state.live': '实时 · 更新于 {time}',
      'state.notReady': '洞察引擎正在启动或重建，{seconds} 秒后重试',
      'state.offline': '无法连接服务，正在重试',
      'state.failed': '此部分无法加载（{status}）。',
      'state.notFound': '服务中没有此项。',
      'state.pickFirst': '请选择合作社或农户。',
      'form.fresh': '鲜果', 'form.dried': '干果', 'form.nfc_juice': 'NFC 原汁', 'form.pulp': '原浆',
      'form.juiced': '制汁',
      'method.sun': '自然晾晒', 'method.hot_air': '热风烘干', 'method.freeze': '冻干',
      'channel.online': '电商', 'channel.livestream': '直播', 'channel.offline': '门店',
      'unit.kg': '公斤', 'unit.feKg': '鲜果当量公斤'
    }
  };

  function fromBrowser() {
    const preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (const tag of preferred) {
      const lower = String(tag || '').toLowerCase();
      if (lower.startsWith('zh')) {
        return 'zh-CN';
      }
      if (lower.startsWith('en')) {
        return 'en';
      }
    }
    return 'en';
  }

  function chosen() {
    const fromUrl = new URLSearchParams(location.search).get('lang');
    if (SUPPORTED.includes(fromUrl)) {
      return fromUrl;
    }
    let stored = null;
    try {
      stored = localStorage.getItem(STORAGE_KEY);
    } catch (e) {
      stored = null; // storage can be switched off; the browser's language still works
    }
    return SUPPORTED.includes(stored) ? stored : fromBrowser();
  }

  let current = chosen();
  const formats = new Map();

  function intl(kind, options) {
    const key = current + '|' + kind + '|' + JSON.stringify(options);
    if (!formats.has(key)) {
      formats.set(key, kind === 'date' ? new Intl.DateTimeFormat(current, options) : new Intl.NumberFormat(current, options));
    }
    return formats.get(key);
  }

  const I18n = {
    supported: SUPPORTED,

    locale() {
      return current;
    },

    /** Switches and remembers the language; the caller redraws. */
    use(locale) {
      if (!SUPPORTED.includes(locale)) {
        return;
      }
      current = locale;
      try {
        localStorage.setItem(STORAGE_KEY, locale);
      } catch (e) {
        // not kept across visits, but this page still switches
      }
      document.documentElement.lang = locale;
    },

    /** The text of a key with {name} placeholders filled in; an unknown key shows as itself. */
    t(key, values) {
      const text = (TEXTS[current] && TEXTS[current][key]) || TEXTS.en[key] || key;
      return text.replace(/\{(\w+)\}/g, (all, name) => (values && values[name] !== undefined ? values[name] : all));
    },

    number(value, maxDigits, minDigits) {
      return intl('number', { minimumFractionDigits: minDigits || 0, maximumFractionDigits: maxDigits })
        .format(value);
    },

    /** A decimal string amount in its currency, e.g. CN¥897.00 or ¥897.00. */
    money(currency, amount) {
      try {
        return intl('number', { style: 'currency', currency: currency }).format(Number(amount));
      } catch (e) {
        return currency + ' ' + I18n.number(Number(amount), 2, 2);
      }
    },

    /** A calendar day (ISO yyyy-mm-dd) for reading, e.g. 16 Aug 2026 or 2026年8月16日. */
    day(iso) {
      const [y, m, d] = iso.split('-').map(Number);
      return intl('date', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })
        .format(new Date(Date.UTC(y, m - 1, d)));
    },

    /** A share as a percentage with a sign, e.g. +41 % or −12 %. */
    change(fraction) {
      return intl('number', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(fraction);
    }
  };

  document.documentElement.lang = current;
  window.GojiI18n = I18n;
})();
