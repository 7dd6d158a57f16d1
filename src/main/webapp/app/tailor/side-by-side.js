// The base resume and the tailored one side by side (stacked on a phone), section by
// section and entry by entry: lines the tailoring changed or added are marked, lines it
// left out are struck in the base, the vacancy's keywords are highlighted, and every
// fact-check (guard) warning sits next to the entry or section it concerns.
import { h, marked } from '../dom.js';
import { t } from '../text.js';
import { diff } from './line-diff.js';
import { placeWarnings } from './report-shape.js';

const sentences = (text) => (text ? text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean) : []);
const lines = (text) => (text ? text.split('\n').map((s) => s.trim()).filter(Boolean) : []);
const range = (entry) => `${entry.startDate ?? ''} – ${entry.endDate ?? t('compare.present')}`;

/** Next to its entry, "experience[1]: numbers [$3m] ..." needs no index: "Numbers [$3m] ...". */
function entryWarning(text) {
  const plain = text.replace(/^experience\[\d+\]:\s*/, '');
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

function warningsBox(messages) {
  if (!messages?.length) {
    return null;
  }
  return h('div', { class: 'guard-warning', role: 'note' },
    h('p', { class: 'guard-title' }, t('compare.guard')),
    h('ul', {}, messages.map((text) => h('li', {}, text))));
}

function renderOps(ops, side, terms) {
  return h('ul', { class: 'lines' }, ops.filter((op) => op.type === 'same'
    || (side === 'base' ? op.type === 'removed' || op.type === 'moved-away' : op.type === 'added' || op.type === 'moved-here'))
    .map((op) => {
      if (op.type === 'same' || op.type.startsWith('moved')) {
        return h('li', {}, marked(op.text, terms));
      }
      const tag = op.type === 'removed' ? 'del' : 'ins';
      return h('li', { class: op.type === 'removed' ? 'removed' : 'changed' },
        h(tag, {}, h('span', { class: 'visually-hidden' }, op.type === 'removed' ? t('compare.removedPrefix') : t('compare.changedPrefix')),
          marked(op.text, terms)));
    }));
}

function pair(baseLines, tailoredLines, terms, { baseHeading, tailoredHeading, note, warnings } = {}) {
  const ops = diff(baseLines, tailoredLines);
  return h('div', { class: 'compare' },
    h('div', { class: 'side base' },
      h('p', { class: 'side-label' }, t('compare.base')),
      baseHeading ? h('p', { class: 'entry-heading' }, marked(baseHeading, terms)) : null,
      renderOps(ops, 'base', terms)),
    h('div', { class: 'side tailored' },
      h('p', { class: 'side-label' }, t('compare.tailored')),
      tailoredHeading ? h('p', { class: 'entry-heading' }, marked(tailoredHeading, terms)) : null,
      note ? h('p', { class: 'meta' }, note) : null,
      renderOps(ops, 'tailored', terms),
      warningsBox(warnings)));
}

function section(key, ...children) {
  return h('section', { class: 'compare-section', 'aria-labelledby': `compare-${key}` },
    h('h3', { id: `compare-${key}` }, t(`resume.section.${key}`)), children);
}

export function sideBySide({ base, generation, terms }) {
  const tailored = generation.content;
  const placed = placeWarnings(generation.warnings);
  const sources = generation.experienceSources ?? [];
  const experience = tailored.experience.map((entry, i) => {
    const source = Number.isInteger(sources[i]) ? sources[i] : i;
    const original = base.experience[source] ?? { description: '', position: '', company: '' };
    return pair(lines(original.description), lines(entry.description), terms, {
      baseHeading: `${original.position}, ${original.company} · ${range(original)}`,
      tailoredHeading: `${entry.position}, ${entry.company} · ${range(entry)}`,
      note: source !== i ? t('compare.moved', source + 1) : null,
      warnings: placed.entries.get(i)?.map(entryWarning),
    });
  });
  const educationLine = (e) => [e.degree, e.field, e.institution].filter(Boolean).join(', ') + ` · ${range(e)}`;
  const certificationLine = (c) => [c.name, c.issuer, c.date].filter(Boolean).join(', ');
  const languageLine = (l) => `${l.language}: ${l.level}`;
  return h('section', { class: 'side-by-side', 'aria-labelledby': 'compare-heading' },
    h('h2', { id: 'compare-heading' }, t('compare.title')),
    h('ul', { class: 'legend' },
      h('li', {}, h('ins', {}, t('compare.legendChanged'))),
      h('li', {}, h('del', {}, t('compare.legendRemoved'))),
      h('li', {}, h('mark', { class: 'keyword' }, t('compare.legendKeyword'))),
      h('li', {}, h('span', { class: 'legend-guard' }, t('compare.legendGuard')))),
    warningsBox(placed.general),
    placed.sections.personalInfo.length ? section('personalInfo', warningsBox(placed.sections.personalInfo)) : null,
    section('summary', pair(sentences(base.summary), sentences(tailored.summary), terms, { warnings: placed.sections.summary })),
    section('experience', warningsBox(placed.sections.experience), experience),
    section('education', pair(base.education.map(educationLine),
      tailored.education.map(educationLine), terms,
      { warnings: placed.sections.education })),
    section('skills', pair(base.skills ?? [], tailored.skills ?? [], terms, { warnings: placed.sections.skills })),
    (base.certifications?.length || tailored.certifications?.length || placed.sections.certifications.length)
      ? section('certifications', pair((base.certifications ?? []).map(certificationLine), (tailored.certifications ?? []).map(certificationLine),
        terms, { warnings: placed.sections.certifications })) : null,
    (base.languages?.length || tailored.languages?.length || placed.sections.languages.length)
      ? section('languages', pair((base.languages ?? []).map(languageLine), (tailored.languages ?? []).map(languageLine),
        terms, { warnings: placed.sections.languages })) : null);
}
