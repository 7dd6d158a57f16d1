// The fields of a vacancy as the API takes them.
import { field, valueOf } from '../components/fields.js';
import { h } from '../dom.js';
import { t } from '../text.js';

export function vacancyForm(vacancy = {}, submitLabel) {
  const form = h('form', { class: 'vacancy-form', novalidate: true },
    h('div', { class: 'grid-2' },
      field({ label: t('vacancy.company'), path: 'company', value: vacancy.company, required: true, autocomplete: 'organization' }),
      field({ label: t('vacancy.position'), path: 'jobPosition', value: vacancy.jobPosition })),
    field({ label: t('vacancy.url'), path: 'url', value: vacancy.url, type: 'url', hint: t('vacancy.urlHint') }),
    field({ label: t('vacancy.description'), path: 'description', value: vacancy.description, rows: 12, required: true,
      hint: t('vacancy.descriptionHint') }),
    field({ label: t('vacancy.notes'), path: 'notes', value: vacancy.notes, rows: 3, hint: t('vacancy.notesHint') }));
  form.status = h('div', { class: 'form-status' });
  form.append(form.status, h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, submitLabel)));
  form.read = () => {
    const value = (path) => valueOf(form, path);
    const orNull = (text) => (text === '' ? null : text);
    return {
      company: value('company'),
      jobPosition: orNull(value('jobPosition')),
      url: orNull(value('url')),
      description: form.querySelector('[name="description"]').value,
      notes: orNull(value('notes')),
    };
  };
  return form;
}
