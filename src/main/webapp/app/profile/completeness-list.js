// The seed's completeness rule as a checklist: a profile is complete when it has a first
// and last name, an email, a two-letter country, a search region and at least one
// language. The server's "complete" flag stays the authority; this list shows what is missing.
import { fill, h } from '../dom.js';
import { t } from '../text.js';

const RULES = [
  ['firstName', (p) => Boolean(p.firstName)],
  ['lastName', (p) => Boolean(p.lastName)],
  ['email', (p) => Boolean(p.email)],
  ['country', (p) => /^[A-Za-z]{2}$/.test(p.country ?? '')],
  ['searchRegion', (p) => Boolean(p.searchRegion)],
  ['languages', (p) => (p.languages ?? []).some((l) => l.language && l.level)],
];

export function completenessList() {
  const list = h('ul', { class: 'checklist' });
  const element = h('section', { class: 'card completeness', 'aria-labelledby': 'completeness-heading' },
    h('h2', { id: 'completeness-heading' }, t('profile.completeness')), list);
  element.update = (profile) => {
    fill(list, ...RULES.map(([name, rule]) => {
      const done = rule(profile);
      return h('li', { class: done ? 'done' : 'missing' },
        h('span', { class: 'mark', 'aria-hidden': 'true' }, done ? '✓' : '○'),
        t(`profile.rule.${name}`),
        h('span', { class: 'visually-hidden' }, done ? t('profile.ruleDone') : t('profile.ruleMissing')));
    }));
  };
  return element;
}
