// A vacancy's requirements as the service extracted them (when the API offers them):
// must-have or nice-to-have, years where asked; the owner can correct the list, reset it to
// what was extracted, or let a model propose more (the service keeps only what the text says).
import { api } from '../api.js';
import { announce } from '../components/announce.js';
import { field, showErrors, valueOf } from '../components/fields.js';
import { keySwitch } from '../components/key-switch.js';
import { problemNotice } from '../components/problem-notice.js';
import { rowList } from '../components/row-list.js';
import { fill, h, onSubmitOnce } from '../dom.js';
import { t } from '../text.js';
import { requirementsOf } from '../tailor/report-shape.js';

/** The owner's edit and the model's proposals stop at this many (as the API does). */
const MAX_REQUIREMENTS = 100;

/**
 * null when the vacancy has no requirements in the API's answer. onChanged() reloads the
 * vacancy; onChanged({data, etag, notice}) shows the vacancy the API answered, with a notice here.
 */
export function requirementsPanel(vacancy, onChanged, notice) {
  const requirements = requirementsOf(vacancy);
  if (!requirements) {
    return null;
  }
  const body = h('div', {});
  const status = h('div', { class: 'form-status' });
  const element = h('section', { class: 'card requirements', 'aria-labelledby': 'requirements-heading' },
    h('h2', { id: 'requirements-heading' }, t('requirements.title')), body, status);

  function view() {
    const group = (must) => requirements.filter((r) => r.mustHave === must);
    const list = (items) => (items.length ? h('ul', { class: 'requirement-list' }, items.map((r) => h('li', {},
      r.text,
      r.years ? h('span', { class: 'tag' }, t('requirements.years', r.years)) : null,
      r.kind ? h('span', { class: 'tag muted' }, r.kind) : null,
      r.origin === 'model' ? h('span', { class: 'tag' }, t('requirements.byModel')) : null))) : h('p', { class: 'meta' }, t('requirements.none')));
    fill(body, 
      h('p', { class: 'meta' }, vacancy.requirementsEdited ? t('requirements.edited') : t('requirements.extracted')),
      h('h3', {}, t('requirements.must')), list(group(true)),
      h('h3', {}, t('requirements.nice')), list(group(false)),
      h('p', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: edit }, t('requirements.edit')),
        requirements.length < MAX_REQUIREMENTS
          ? h('button', { type: 'button', class: 'secondary', onclick: propose }, t('requirements.propose')) : null,
        vacancy.requirementsEdited ? h('button', { type: 'button', class: 'secondary', onclick: reset }, t('requirements.reset')) : null));
  }

  function edit() {
    const rows = rowList({
      legend: t('requirements.title'),
      prefix: 'requirements',
      items: requirements,
      renderRow: (item, path) => h('div', { class: 'grid-requirement' },
        field({ label: t('requirements.text'), path: `${path}.text`, value: item.text, required: true }),
        field({ label: t('requirements.mustHave'), path: `${path}.mustHave`, value: item.mustHave, type: 'checkbox' }),
        field({ label: t('requirements.yearsLabel'), path: `${path}.years`, value: item.years ?? '', type: 'number', inputmode: 'numeric' })),
      readRow: (row, path) => {
        const years = valueOf(row, `${path}.years`);
        return { text: valueOf(row, `${path}.text`), mustHave: valueOf(row, `${path}.mustHave`), ...(years ? { years: Number(years) } : {}) };
      },
      blank: () => ({ text: '', mustHave: true, years: null }),
      addLabel: t('requirements.add'),
      removeLabel: (i) => t('requirements.remove', i + 1),
    });
    const form = h('form', { novalidate: true }, rows,
      h('p', { class: 'actions' },
        h('button', { type: 'submit', class: 'primary' }, t('requirements.save')),
        h('button', { type: 'button', class: 'secondary', onclick: view }, t('dialog.cancel'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api.send('PUT', `/api/vacancies/${vacancy.id}/requirements`, { requirements: rows.values() });
        announce(t('requirements.saved'));
        onChanged();
      } catch (error) {
        if (error.kind === 'validation') {
          showErrors(form, error.errors);
        }
        fill(status, problemNotice(error));
      }
    });
    fill(body, form);
    form.querySelector('input')?.focus();
  }

  function propose() {
    const payer = keySwitch();
    const cancel = h('button', { type: 'button', class: 'secondary', onclick: view }, t('dialog.cancel'));
    const form = h('form', { novalidate: true },
      h('p', { class: 'meta' }, t('requirements.proposeHint')), payer,
      h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('requirements.proposeGo')), cancel));
    onSubmitOnce(form, async () => {
      cancel.disabled = true;
      fill(status, h('p', { class: 'state state-loading', role: 'status' }, t('requirements.proposing')));
      try {
        const { data, etag } = await api.send('POST', `/api/vacancies/${vacancy.id}/requirements/proposals`, undefined,
          { headers: payer.headers() });
        const before = new Set(requirements.map((r) => r.id));
        const added = (data.requirements ?? []).filter((r) => r.origin === 'model' && !before.has(r.id)).length;
        onChanged({ data, etag, notice: t('requirements.proposed', added) });
      } catch (error) {
        cancel.disabled = false;
        fill(status, problemNotice(error));
      }
    });
    fill(body, form);
    form.querySelector('input')?.focus();
  }

  async function reset() {
    try {
      await api.remove(`/api/vacancies/${vacancy.id}/requirements`);
      announce(t('requirements.resetDone'));
      onChanged();
    } catch (error) {
      fill(status, problemNotice(error));
    }
  }

  view();
  if (notice) {
    const shown = h('p', { class: 'notice notice-success', role: 'status', tabindex: '-1' }, notice);
    fill(status, shown);
    // the button that asked is gone with the old panel: the notice takes the focus once on the page
    requestAnimationFrame(() => shown.focus());
  }
  return element;
}
