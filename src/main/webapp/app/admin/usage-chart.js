// Usage per day as stacked bars, one colour per operation and key type, drawn as SVG
// here (no chart library). The table next to it holds the same numbers for screen readers.
import { s, uid } from '../dom.js';
import { t } from '../text.js';

export const SERIES = [
  ['parse', 'platform'], ['parse', 'byok'], ['generate', 'platform'], ['generate', 'byok'], ['export', 'platform'], ['export', 'byok'],
];

const HEIGHT = 280;
const PAD = { top: 16, right: 12, bottom: 40, left: 64 };

function days(from, to) {
  const result = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    result.push(day.toISOString().slice(0, 10));
  }
  return result;
}

function niceMax(value, whole) {
  if (value <= 0) {
    return whole ? 4 : 1;
  }
  if (whole && value <= 4) {
    return 4;
  }
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((step) => step * power).find((candidate) => candidate >= value);
}

/**
 * metric: 'count' or 'cost'; formatValue(value) writes an axis label; width: the CSS pixels
 * the chart gets, so that its text keeps its size on a phone (redraw when that changes).
 */
export function usageChart(report, metric, formatValue, width) {
  const WIDTH = Math.max(280, Math.round(width || 720));
  const titleId = uid('chart');
  const all = days(report.from, report.to);
  const value = (row) => Number(metric === 'cost' ? row.cost : row.count);
  const stacks = all.map((day) => SERIES.map(([operation, type]) => report.rows
    .filter((row) => row.day === day && row.operation === operation && row.providerType === type)
    .reduce((sum, row) => sum + value(row), 0)));
  const max = niceMax(Math.max(0, ...stacks.map((stack) => stack.reduce((a, b) => a + b, 0))), metric === 'count');
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / all.length;
  const barWidth = Math.max(1, slot * 0.7);
  const y = (v) => PAD.top + plotHeight - (v / max) * plotHeight;
  const total = stacks.flat().reduce((a, b) => a + b, 0);

  const grid = [0, 0.25, 0.5, 0.75, 1].map((share) => {
    const level = max * share;
    return s('g', { class: 'grid' },
      s('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(level), y2: y(level) }),
      s('text', { x: PAD.left - 6, y: y(level) + 4, 'text-anchor': 'end' }, formatValue(level)));
  });
  const labelEvery = Math.ceil(all.length / Math.max(2, Math.floor(plotWidth / 64)));
  const bars = all.map((day, i) => {
    let base = 0;
    const x = PAD.left + i * slot + (slot - barWidth) / 2;
    const segments = stacks[i].map((amount, series) => {
      if (amount <= 0) {
        return null;
      }
      const top = y(base + amount);
      const rect = s('rect', { x, y: top, width: barWidth, height: y(base) - top, class: `series-${series}` },
        s('title', {}, `${day} · ${t(`operation.${SERIES[series][0]}`)} (${t(`providerType.${SERIES[series][1]}`)}): ${formatValue(amount)}`));
      base += amount;
      return rect;
    });
    return s('g', {}, segments,
      i % labelEvery === 0 ? s('text', { x: x + barWidth / 2, y: HEIGHT - PAD.bottom + 16, 'text-anchor': 'middle', class: 'axis-label' },
        day.slice(5)) : null);
  });
  return s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, class: 'chart', role: 'img', 'aria-labelledby': titleId },
    s('title', { id: titleId }, t('admin.chartTitle', t(`admin.metric.${metric}`), report.from, report.to, formatValue(total))),
    grid,
    s('line', { class: 'axis', x1: PAD.left, x2: WIDTH - PAD.right, y1: y(0), y2: y(0) }),
    bars);
}
