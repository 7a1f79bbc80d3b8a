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
      'unit.kg': 'kg', 'unit.feKg': 'feKg',
      'unit.feKgLong': 'fresh-equivalent kilograms', 'list.separator': ', ',
      'unit.pt': 'pt', 'unit.days': 'd', 'unit.orders': 'orders', 'unit.units': 'units',
      'signIn.heading': 'Sign in',
      'signIn.needed': 'The insights need an analyst key. Enter one to see the numbers.',
      'signIn.refused': 'The key was refused: it is wrong or has been revoked. Enter a valid analyst key.',
      'signIn.label': 'Analyst key',
      'signIn.submit': 'Sign in',
      'signIn.note': 'Kept for this browser session only; ask your administrator for a key (./goji keys create --role analyst).',
      'signIn.signOut': 'Sign out',
      'signIn.waiting': 'Signed out: enter an analyst key',
      'nav.farmer': 'Farmers’ view',
      'dash.title': 'Goji Chain Insights · Dashboard',
      'dash.skip': 'Skip to the dashboard',
      'dash.sub': 'Jinghe goji chain · demand, supply and signals',
      'dash.periodLabel': 'Period',
      'preset.7': '7 days', 'preset.30': '30 days', 'preset.90': '90 days', 'preset.season': 'Season',
      'preset.legend': 'Quick periods',
      'period.invalid': '"To" must not be before "From".',
      'kpi.demand': 'Demand',
      'kpi.demandNote': 'fresh berries the sales used',
      'kpi.revenueTotal': 'Revenue',
      'kpi.revenueNote': 'all channels, per currency',
      'kpi.orders': 'Orders',
      'kpi.ordersNote': 'order lines',
      'kpi.units': 'Units sold',
      'kpi.unitsNote': 'packs of every size',
      'kpi.totals': 'Totals of the period',
      'change.against': '{arrow}{percent} on the previous {days} days{suffix}',
      'change.none': 'no sales in the previous {days} days{suffix}',
      'change.currencyOnly': ' ({currency} only)',
      'demand.heading': 'Demand over time',
      'demand.sub': 'Fresh-equivalent kg per {bucket}, stacked by {dimension}',
      'demand.subDefault': 'Fresh-equivalent kg per day, stacked by product form',
      'demand.splitBy': 'Split demand by',
      'demand.totals': 'Demand per key in the period',
      'bucket.day': 'day', 'bucket.week': 'ISO week',
      'dimension.productForm': 'product form', 'dimension.channel': 'channel', 'dimension.region': 'buyer province',
      'dimensionLabel.productForm': 'Product form', 'dimensionLabel.channel': 'Channel', 'dimensionLabel.region': 'Region',
      'chart.noSales': 'No sales in this period',
      'panel.notReady': 'Insights not ready (503), retrying.',
      'panel.missing': 'Unavailable: this service does not offer this insight yet (404).',
      'panel.badPeriod': 'Unavailable for this period: {detail} (400).',
      'panel.rejected': 'the service rejected the query',
      'panel.offline': 'Unavailable: the service cannot be reached.',
      'panel.signIn': 'Unavailable: sign in with an analyst key (401).',
      'panel.forbidden': 'Unavailable: this key may not read insights (403).',
      'panel.other': 'Unavailable: {detail}',
      'panel.status': 'Unavailable: the service answered {status}.',
      'panel.drawFailed': 'the panel could not be drawn ({message}).',
      'dashSignals.sub': 'What to act on, with the numbers behind it',
      'dashSignals.subPeriod': 'What to act on, {from} – {to} against the {days} days before',
      'dashSignals.none': 'No signal crossed a threshold in this period.',
      'dashSignals.for': 'for {audience}',
      'audience.farmers': 'farmers', 'audience.processors': 'processors', 'audience.sellers': 'sellers',
      'severity.info': 'info', 'severity.warning': 'warning', 'severity.action': 'action',
      'mix.heading': 'Sales mix',
      'mix.sub': 'Share by product form; change against the previous period',
      'mix.caption': 'Shares by product form',
      'mix.form': 'Form', 'mix.revenue': 'Revenue', 'mix.feKg': 'feKg', 'mix.change': 'Change',
      'mix.changeTitle': 'feKg share change against {from} – {to}',
      'value.heading': 'Value per fresh kg',
      'value.subDefault': 'What a kilogram of fresh berries earns sold as each form',
      'value.sub': 'What a kilogram of fresh berries earns sold as each form, {currency} per fresh kg',
      'value.perFreshKg': '{value} per fresh kg',
      'value.series': 'Value per fresh kg',
      'value.realized': 'Realized price: ',
      'value.alsoSold': ' (also sold in {currencies})',
      'live.heading': 'Livestream top sessions',
      'live.sub': 'Sessions of the period by fresh-equivalent kg sold, labelled with their revenue',
      'live.sessions': 'Sessions', 'live.feKg': 'feKg', 'live.revenue': 'Revenue',
      'live.none': 'No livestream sales in this period',
      'live.counts': '{orders} orders · {units} units',
      'live.started': 'started {time}',
      'live.peak': 'peak {time}: {units} units',
      'supply.heading': 'Supply vs demand',
      'supply.subDefault': 'Produced against sold, in fresh-equivalent kg, with days of cover',
      'supply.sub': 'Produced against sold up to {day}, in fresh-equivalent kg; cover = stock / mean daily sales of the last 7 days',
      'supply.caption': 'Stock and days of cover by product form',
      'supply.form': 'Form', 'supply.stock': 'Stock feKg', 'supply.cover': 'Days of cover', 'supply.next7': 'Next 7 days',
      'supply.gap': 'Gap',
      'supply.produced': 'Produced', 'supply.sold': 'Sold',
      'supply.shortfall': 'Shortfall', 'supply.oversold': 'Oversold', 'supply.lowCover': 'Low cover',
      'supply.lowCoverTitle': 'under {days} days of cover',
      'forecast.heading': 'Demand forecast',
      'forecast.subDefault': 'Daily feKg per product form: the last four weeks, then the forecast (dashed)',
      'forecast.sub': 'Daily feKg per product form: the last four weeks, then the next {days} days (dashed)',
      'forecast.mark': 'forecast',
      'forecast.none': 'No sales to forecast from yet',
      'forecast.next7': '{form}, next 7 days:',
      'forecast.totals': 'Forecast of the next 7 days per product form',
      'forecast.model': 'model: {model}',
      'model.holt_winters': 'weekly season', 'model.other': 'trend only',
      'dash.updating': 'Updating…',
      'dash.unreachable': 'Service unreachable, retrying in {seconds} s',
      'dash.outOfDate': '{text}. The numbers below may be out of date.',
      'dash.notReady': 'Insights not ready (503), retrying in {seconds} s',
      'dash.notReadyBanner': 'Insights not ready (503), retrying in {seconds} s: the engine is starting, rebalancing or restoring its stores, and answers as soon as it runs.',
      'dash.updated': 'Updated {clock} · refreshes every {seconds} s',
      'dash.footer': 'feKg: fresh-equivalent kilograms, the fresh berries a product used (dried × 4.5 per kg, NFC juice × 1.3 per L, pulp × 1.15 per L by default). Refreshes every 30 seconds.',
      'dash.api': 'Insights API'
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
      'unit.kg': '公斤', 'unit.feKg': '鲜果当量公斤',
      'unit.feKgLong': '鲜果当量公斤：产品所用鲜果的公斤数', 'list.separator': '、',
      'unit.pt': '个百分点', 'unit.days': '天', 'unit.orders': '单', 'unit.units': '件',
      'signIn.heading': '登录',
      'signIn.needed': '查看洞察需要分析师密钥，请输入。',
      'signIn.refused': '密钥被拒绝：密钥有误或已被吊销。请输入有效的分析师密钥。',
      'signIn.label': '分析师密钥',
      'signIn.submit': '登录',
      'signIn.note': '仅在本次浏览器会话中保存；请向管理员索取密钥（./goji keys create --role analyst）。',
      'signIn.signOut': '退出',
      'signIn.waiting': '未登录：请输入分析师密钥',
      'nav.farmer': '农户视图',
      'dash.title': '枸杞链洞察 · 看板',
      'dash.skip': '跳到看板',
      'dash.sub': '精河枸杞产业链 · 需求、供给与信号',
      'dash.periodLabel': '时段',
      'preset.7': '7 天', 'preset.30': '30 天', 'preset.90': '90 天', 'preset.season': '本季',
      'preset.legend': '快捷时段',
      'period.invalid': '“结束”不能早于“开始”。',
      'kpi.demand': '需求',
      'kpi.demandNote': '销售消耗的鲜果',
      'kpi.revenueTotal': '收入',
      'kpi.revenueNote': '全部渠道，按币种',
      'kpi.orders': '订单',
      'kpi.ordersNote': '订单行',
      'kpi.units': '销售件数',
      'kpi.unitsNote': '各种规格的包装',
      'kpi.totals': '本时段合计',
      'change.against': '较前 {days} 天 {arrow}{percent}{suffix}',
      'change.none': '前 {days} 天没有销售{suffix}',
      'change.currencyOnly': '（仅 {currency}）',
      'demand.heading': '需求走势',
      'demand.sub': '每{bucket}鲜果当量公斤，按{dimension}堆叠',
      'demand.subDefault': '每天鲜果当量公斤，按产品形态堆叠',
      'demand.splitBy': '需求拆分方式',
      'demand.totals': '本时段各项需求',
      'bucket.day': '天', 'bucket.week': 'ISO 周',
      'dimension.productForm': '产品形态', 'dimension.channel': '渠道', 'dimension.region': '买家省份',
      'dimensionLabel.productForm': '产品形态', 'dimensionLabel.channel': '渠道', 'dimensionLabel.region': '地区',
      'chart.noSales': '该时段没有销售',
      'panel.notReady': '洞察尚未就绪（503），正在重试。',
      'panel.missing': '不可用：本服务尚未提供此项洞察（404）。',
      'panel.badPeriod': '该时段不可用：{detail}（400）。',
      'panel.rejected': '服务拒绝了此查询',
      'panel.offline': '不可用：无法连接服务。',
      'panel.signIn': '不可用：请用分析师密钥登录（401）。',
      'panel.forbidden': '不可用：此密钥无权读取洞察（403）。',
      'panel.other': '不可用：{detail}',
      'panel.status': '不可用：服务返回 {status}。',
      'panel.drawFailed': '无法绘制此面板（{message}）。',
      'dashSignals.sub': '该做什么，以及背后的数字',
      'dashSignals.subPeriod': '该做什么：{from} – {to}，对比此前 {days} 天',
      'dashSignals.none': '该时段没有信号超过阈值。',
      'dashSignals.for': '面向{audience}',
      'audience.farmers': '农户', 'audience.processors': '加工厂', 'audience.sellers': '商家',
      'severity.info': '提示', 'severity.warning': '注意', 'severity.action': '行动',
      'mix.heading': '销售结构',
      'mix.sub': '各产品形态占比；与上一时段相比的变化',
      'mix.caption': '各产品形态占比',
      'mix.form': '形态', 'mix.revenue': '收入', 'mix.feKg': '鲜果当量', 'mix.change': '变化',
      'mix.changeTitle': '鲜果当量占比相对 {from} – {to} 的变化',
      'value.heading': '每公斤鲜果价值',
      'value.subDefault': '一公斤鲜果做成各产品形态卖出的收益',
      'value.sub': '一公斤鲜果做成各产品形态卖出的收益，{currency}/鲜果公斤',
      'value.perFreshKg': '每公斤鲜果 {value}',
      'value.series': '每公斤鲜果价值',
      'value.realized': '实际售价：',
      'value.alsoSold': '（另有 {currencies} 销售）',
      'live.heading': '直播场次排行',
      'live.sub': '本时段各直播场次按鲜果当量销量排序，标注收入',
      'live.sessions': '场次', 'live.feKg': '鲜果当量', 'live.revenue': '收入',
      'live.none': '该时段没有直播销售',
      'live.counts': '{orders} 单 · {units} 件',
      'live.started': '开始于 {time}',
      'live.peak': '高峰 {time}：{units} 件',
      'supply.heading': '供给与需求',
      'supply.subDefault': '产量与销量（鲜果当量公斤）及可售天数',
      'supply.sub': '截至 {day} 的产量与销量（鲜果当量公斤）；可售天数 = 库存 / 近 7 天日均销量',
      'supply.caption': '各产品形态的库存与可售天数',
      'supply.form': '形态', 'supply.stock': '库存鲜果当量', 'supply.cover': '可售天数', 'supply.next7': '未来 7 天',
      'supply.gap': '缺口',
      'supply.produced': '产量', 'supply.sold': '销量',
      'supply.shortfall': '供不应求', 'supply.oversold': '超卖', 'supply.lowCover': '库存偏低',
      'supply.lowCoverTitle': '可售不足 {days} 天',
      'forecast.heading': '需求预测',
      'forecast.subDefault': '各产品形态每日鲜果当量：近四周，然后是预测（虚线）',
      'forecast.sub': '各产品形态每日鲜果当量：近四周，然后是未来 {days} 天（虚线）',
      'forecast.mark': '预测',
      'forecast.none': '还没有可用于预测的销售',
      'forecast.next7': '{form}，未来 7 天：',
      'forecast.totals': '各产品形态未来 7 天预测',
      'forecast.model': '模型：{model}',
      'model.holt_winters': '周季节性', 'model.other': '仅趋势',
      'dash.updating': '更新中…',
      'dash.unreachable': '无法连接服务，{seconds} 秒后重试',
      'dash.outOfDate': '{text}。下面的数字可能已过时。',
      'dash.notReady': '洞察尚未就绪（503），{seconds} 秒后重试',
      'dash.notReadyBanner': '洞察尚未就绪（503），{seconds} 秒后重试：引擎正在启动、重新平衡或恢复存储，运行后即可应答。',
      'dash.updated': '更新于 {clock} · 每 {seconds} 秒刷新',
      'dash.footer': '鲜果当量（feKg）：产品所用的鲜果公斤数（默认干果每公斤 × 4.5，NFC 原汁每升 × 1.3，原浆每升 × 1.15）。每 30 秒刷新。',
      'dash.api': '洞察 API'
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
  /** Intl's locale per page language and kind: English numbers as en-US, English dates as en-GB (16 Aug 2026). */
  const INTL_LOCALES = { en: { number: 'en-US', date: 'en-GB' }, 'zh-CN': { number: 'zh-CN', date: 'zh-CN' } };

  function intl(kind, options) {
    const key = current + '|' + kind + '|' + JSON.stringify(options);
    if (!formats.has(key)) {
      const locale = INTL_LOCALES[current][kind];
      formats.set(key, kind === 'date' ? new Intl.DateTimeFormat(locale, options) : new Intl.NumberFormat(locale, options));
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

    /** A calendar day without its year, e.g. 16 Aug or 8月16日. */
    shortDay(iso) {
      const [y, m, d] = iso.split('-').map(Number);
      return intl('date', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
    },

    /** An instant in a zone, day and time, e.g. 16 Aug, 20:15. */
    dayTime(date, zone) {
      return intl('date', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: zone })
        .format(date);
    },

    /** The time of day now, e.g. 14:05:09. */
    clock(date) {
      return intl('date', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(date);
    },

    /** A share as a percentage with a sign, e.g. +41 % or −12 %. */
    change(fraction) {
      return intl('number', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(fraction);
    }
  };

  document.documentElement.lang = current;
  window.GojiI18n = I18n;
})();
