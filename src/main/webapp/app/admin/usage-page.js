// Usage and cost (super admins only) per day, operation and key type, for a date range:
// the month's platform budget, a chart and the table of the same numbers.
import { api } from '../api.js';
import { field } from '../components/fields.js';
import { Screen } from '../components/screen.js';
import { empty, failure, loading } from '../components/states.js';
import { fill, h } from '../dom.js';
import { format, t } from '../text.js';
import { adminNav } from './admin-nav.js';
import { SERIES, usageChart } from './usage-chart.js';
import { scrollBox } from '../components/scroll-box.js';

class AdminUsagePage extends Screen {
  get heading() {
    return t('admin.usageTitle');
  }

  async load() {
    const from = field({ label: t('admin.from'), path: 'from', type: 'date', value: this.query.get('from') ?? '' });
    const to = field({ label: t('admin.to'), path: 'to', type: 'date', value: this.query.get('to') ?? '' });
    this.metric = field({ label: t('admin.metric'), path: 'metric', value: 'count',
      choices: [['count', t('admin.metric.count')], ['cost', t('admin.metric.cost')]] });
    const form = h('form', { class: 'range-form' }, h('div', { class: 'grid-3' }, from, to, this.metric),
      h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('admin.show'))));
    this.result = h('div', { class: 'list-area' });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.fetch(from.control.value, to.control.value);
    });
    this.metric.control.addEventListener('change', () => this.report && this.render(this.report));
    this.show(adminNav('usage'), form, this.result);
    this.range = { from, to };
    await this.fetch(from.control.value, to.control.value);
  }

  disconnectedCallback() {
    this.resizing?.disconnect();
  }

  async fetch(from, to) {
    fill(this.result, loading());
    try {
      const query = new URLSearchParams();
      if (from) {
        query.set('from', from);
      }
      if (to) {
        query.set('to', to);
      }
      this.report = await api.get(`/api/admin/usage?${query}`);
      this.range.from.control.value = this.report.from;
      this.range.to.control.value = this.report.to;
      this.render(this.report);
    } catch (error) {
      fill(this.result, failure(error, () => this.fetch(from, to)));
    }
  }

  render(report) {
    const metric = this.metric.control.value;
    const formatValue = metric === 'cost' ? (v) => format.money(v) : (v) => format.number(Math.round(v * 100) / 100);
    const budget = h('p', { class: 'lead' }, t('admin.budget', format.money(report.budgetUsed), format.money(report.budgetCap)));
    const share = Number(report.budgetCap) > 0 ? Math.min(1, Number(report.budgetUsed) / Number(report.budgetCap)) : 0;
    const meter = h('progress', { class: 'budget-meter', max: '100', value: String(Math.round(share * 100)), 'aria-label': t('admin.budgetMeter') });
    if (report.rows.length === 0) {
      fill(this.result, budget, meter, empty(t('admin.noUsage', report.from, report.to)));
      return;
    }
    const totals = SERIES.map(([operation, type]) => {
      const rows = report.rows.filter((r) => r.operation === operation && r.providerType === type);
      return { operation, type, count: rows.reduce((a, r) => a + r.count, 0), tokens: rows.reduce((a, r) => a + r.tokens, 0),
        cost: rows.reduce((a, r) => a + Number(r.cost), 0) };
    }).filter((row) => row.count > 0);
    const figure = h('figure', { class: 'chart-figure' },
      h('figcaption', {}, h('ul', { class: 'chart-legend' }, SERIES.map(([operation, type], i) => h('li', {},
        h('span', { class: `swatch series-${i}`, 'aria-hidden': 'true' }),
        `${t(`operation.${operation}`)} (${t(`providerType.${type}`)})`)))));
    fill(this.result,
      budget, meter,
      figure,
      scrollBox(t('admin.totals', report.from, report.to), h('table', { class: 'report-table' },
        h('caption', {}, t('admin.totals', report.from, report.to)),
        h('thead', {}, h('tr', {}, ['usage.operation', 'usage.key', 'admin.count', 'admin.tokens', 'admin.cost']
          .map((key) => h('th', { scope: 'col' }, t(key))))),
        h('tbody', {}, totals.map((row) => h('tr', {},
          h('th', { scope: 'row' }, t(`operation.${row.operation}`)), h('td', {}, t(`keyName.${row.type}`)),
          h('td', {}, format.number(row.count)), h('td', {}, format.number(row.tokens)), h('td', {}, format.money(row.cost))))))),
      scrollBox(t('admin.perDay'), h('table', { class: 'report-table' },
        h('caption', {}, t('admin.perDay')),
        h('thead', {}, h('tr', {}, ['admin.day', 'usage.operation', 'usage.key', 'admin.count', 'admin.tokens', 'admin.cost']
          .map((key) => h('th', { scope: 'col' }, t(key))))),
        h('tbody', {}, report.rows.map((row) => h('tr', {},
          h('th', { scope: 'row' }, row.day), h('td', {}, t(`operation.${row.operation}`)), h('td', {}, t(`keyName.${row.providerType}`)),
          h('td', {}, format.number(row.count)), h('td', {}, format.number(row.tokens)), h('td', {}, format.money(row.cost))))))));
    this.drawChart(figure, report, metric, formatValue);
  }

  /** Draws the chart at the figure's width, and again when that width changes (a rotated phone, a resized window). */
  drawChart(figure, report, metric, formatValue) {
    let drawn = 0;
    const draw = () => {
      drawn = figure.clientWidth;
      const chart = usageChart(report, metric, formatValue, drawn);
      const old = figure.querySelector('svg');
      if (old) {
        old.replaceWith(chart);
      } else {
        figure.prepend(chart);
      }
    };
    draw();
    this.resizing?.disconnect();
    this.resizing = new ResizeObserver(() => {
      if (Math.abs(figure.clientWidth - drawn) > 8) {
        draw();
      }
    });
    this.resizing.observe(figure);
  }
}

customElements.define('rt-admin-usage-page', AdminUsagePage);
