// One vacancy: read it, edit it (If-Match), delete it, see its requirements and its
// tailored versions, start tailoring. /vacancies/new creates one.
import { api } from '../api.js';
import { announce } from '../components/announce.js';
import { confirmDelete } from '../components/confirm-dialog.js';
import { showErrors } from '../components/fields.js';
import { problemNotice } from '../components/problem-notice.js';
import { Screen } from '../components/screen.js';
import { fill, h, onSubmitOnce } from '../dom.js';
import { navigate } from '../router.js';
import { t } from '../text.js';
import { generationsList } from '../tailor/generations-list.js';
import { requirementsPanel } from './requirements-panel.js';
import { vacancyForm } from './vacancy-form.js';

/** What deleting a vacancy asks and does (here and in the list). */
export function deleteVacancy(vacancy) {
  return {
    title: t('vacancy.deleteTitle'),
    message: t('vacancy.deleteText', vacancy.displayTitle),
    confirmLabel: t('vacancy.delete'),
    path: `/api/vacancies/${vacancy.id}`,
    announcement: t('vacancy.deleted'),
  };
}

class VacancyPage extends Screen {
  get heading() {
    return this.routeId ? t('vacancy.title') : t('vacancy.newTitle');
  }

  async load() {
    if (!this.routeId) {
      const form = vacancyForm({}, t('vacancy.create'));
      onSubmitOnce(form, () => this.submit(form, () => api.send('POST', '/api/vacancies', form.read()),
        (data) => navigate(`/vacancies/${data.id}`, { replace: true })));
      this.show(h('p', { class: 'lead' }, t('vacancy.newIntro')), form);
      return;
    }
    const { data, etag } = await api.read(`/api/vacancies/${this.routeId}`);
    this.etag = etag;
    this.view(data);
  }

  /** The vacancy; {@code notice} is what the requirements panel last did ("2 requirements added."). */
  view(vacancy, notice) {
    this.setHeading(vacancy.displayTitle);
    this.status = h('div', { class: 'form-status' });
    this.show(
      h('p', { class: 'meta' }, t('vacancies.added', vacancy.createdAt)),
      h('p', { class: 'actions' },
        h('a', { href: `/vacancies/${vacancy.id}/tailor`, class: 'button primary' }, t('vacancy.tailor')),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.edit(vacancy) }, t('vacancy.edit')),
        h('button', { type: 'button', class: 'danger', onclick: () => this.remove(vacancy) }, t('vacancy.delete'))),
      this.status,
      h('dl', { class: 'details' },
        h('dt', {}, t('vacancy.company')), h('dd', {}, vacancy.company),
        vacancy.jobPosition ? [h('dt', {}, t('vacancy.position')), h('dd', {}, vacancy.jobPosition)] : null,
        vacancy.url ? [h('dt', {}, t('vacancy.url')),
          h('dd', {}, h('a', { href: vacancy.url, rel: 'noopener noreferrer', target: '_blank' }, vacancy.url))] : null,
        vacancy.notes ? [h('dt', {}, t('vacancy.notes')), h('dd', { class: 'prewrap' }, vacancy.notes)] : null),
      h('section', { 'aria-labelledby': 'description-heading' },
        h('h2', { id: 'description-heading' }, t('vacancy.description')),
        h('div', { class: 'prewrap description' }, vacancy.description)),
      requirementsPanel(vacancy, (changed) => {
        if (changed?.data) {
          this.etag = changed.etag;
          this.view(changed.data, changed.notice);
        } else {
          this.refresh();
        }
      }, notice),
      generationsList(vacancy.id));
  }

  edit(vacancy) {
    const form = vacancyForm(vacancy, t('vacancy.save'));
    form.querySelector('.actions').append(h('button', { type: 'button', class: 'secondary', onclick: () => this.view(vacancy) },
      t('dialog.cancel')));
    onSubmitOnce(form, () => this.submit(form,
      () => api.send('PUT', `/api/vacancies/${vacancy.id}`, form.read(), { ifMatch: this.etag }), (data, etag) => {
        this.etag = etag;
        this.view(data);
        fill(this.status, h('p', { class: 'notice notice-success', role: 'status' }, t('vacancy.saved')));
        announce(t('vacancy.saved'));
      }));
    this.show(form);
    form.querySelector('input')?.focus();
  }

  async submit(form, call, done) {
    fill(form.status, h('p', { class: 'state state-loading', role: 'status' }, t('state.saving')));
    try {
      const { data, etag } = await call();
      done(data, etag);
    } catch (error) {
      const unplaced = error.kind === 'validation' ? showErrors(form, error.errors) : [];
      fill(form.status, problemNotice(error), unplaced.length ? h('ul', {}, unplaced.map((text) => h('li', {}, text))) : null,
        error.kind === 'precondition-failed'
          ? h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: () => this.refresh() }, t('state.reload'))) : null);
    }
  }

  async remove(vacancy) {
    try {
      if (await confirmDelete(deleteVacancy(vacancy))) {
        navigate('/vacancies');
      }
    } catch (error) {
      fill(this.status, problemNotice(error));
    }
  }
}

customElements.define('rt-vacancy-page', VacancyPage);
