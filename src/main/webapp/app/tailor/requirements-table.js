// The vacancy's must-have and nice-to-have requirements, each matched or missing before
// and after tailoring, with where the resume shows it and what adding it would gain.
import { h } from '../dom.js';
import { t } from '../text.js';
import { requirementRows } from './report-shape.js';
import { scrollBox } from '../components/scroll-box.js';

function state(cell) {
  if (!cell) {
    return h('td', { class: 'state-unknown' }, t('match.unknown'));
  }
  return h('td', { class: cell.matched ? 'state-matched' : 'state-missing' },
    h('span', { class: 'mark', 'aria-hidden': 'true' }, cell.matched ? '✓' : '✗'),
    cell.matched ? t('match.matched') : t('match.missing'),
    cell.gain ? h('span', { class: 'gain' }, t('match.gain', cell.gain)) : null,
    cell.evidence.length ? h('details', { class: 'evidence' },
      h('summary', {}, t('match.evidence', cell.evidence.length)),
      h('ul', {}, cell.evidence.map((e) => h('li', {},
        e.section ? h('span', { class: 'meta' }, t('match.where', e.section, e.entry, e.line)) : null, e.text)))) : null);
}

function table(caption, rows) {
  if (rows.length === 0) {
    return h('p', { class: 'meta' }, t('match.noneOf', caption));
  }
  return h('table', { class: 'requirements-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('match.requirement')),
      h('th', { scope: 'col' }, t('score.before')),
      h('th', { scope: 'col' }, t('score.after')))),
    h('tbody', {}, rows.map((row) => h('tr', {},
      h('th', { scope: 'row' }, row.requirement.text,
        row.requirement.years ? h('span', { class: 'tag' }, t('requirements.years', row.requirement.years)) : null),
      state(row.before), state(row.after)))));
}

export function requirementsTable(before, after) {
  const rows = requirementRows(before, after);
  const matchedAfter = rows.filter((r) => r.after?.matched).length;
  return h('section', { class: 'match', 'aria-labelledby': 'match-heading' },
    h('h2', { id: 'match-heading' }, t('match.title')),
    h('p', {}, t('match.summary', matchedAfter, rows.length)),
    scrollBox(t('requirements.must'), table(t('requirements.must'), rows.filter((r) => r.requirement.mustHave))),
    scrollBox(t('requirements.nice'), table(t('requirements.nice'), rows.filter((r) => !r.requirement.mustHave))),
    after?.unevidenced?.length ? h('div', { class: 'notice notice-warning' },
      h('p', {}, t('match.unevidenced')),
      h('ul', {}, after.unevidenced.map((text) => h('li', {}, text)))) : null);
}
