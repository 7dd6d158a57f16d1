// One resume as an editable structured form: create from scratch (/resumes/new) or edit
// (/resumes/{id}), saved with If-Match so a change made elsewhere is never overwritten.
import { api } from '../api.js';
import { announce } from '../components/announce.js';
import { confirmDelete } from '../components/confirm-dialog.js';
import { showErrors } from '../components/fields.js';
import { problemNotice } from '../components/problem-notice.js';
import { Screen } from '../components/screen.js';
import { fill, h, onSubmitOnce } from '../dom.js';
import { navigate } from '../router.js';
import { t } from '../text.js';
import { resumeForm } from './resume-form.js';
import * as uncertain from './uncertain.js';

/** What deleting a resume asks and does (here and in the list). */
export function deleteResume(resume) {
  return {
    title: t('resume.deleteTitle'),
    message: t('resume.deleteText', resume.title),
    confirmLabel: t('resume.delete'),
    path: `/api/resumes/${resume.id}`,
    announcement: t('resume.deleted'),
  };
}

class ResumePage extends Screen {
  get heading() {
    return this.routeId ? t('resume.editTitle') : t('resume.newTitle');
  }

  async load() {
    if (!this.routeId) {
      const user = api.user();
      const draft = uncertain.takeDraft();
      if (draft) {
        const person = { ...draft.content.personalInfo, email: draft.content.personalInfo?.email || user.email };
        this.render({ title: draft.title, content: { experience: [], education: [], skills: [], ...draft.content, personalInfo: person } },
          uncertain.parse(draft.uncertainFields), draft.detail);
        return;
      }
      this.render({ title: '', content: { personalInfo: { email: user.email }, experience: [], education: [], skills: [] } }, null);
      return;
    }
    const { data, etag } = await api.read(`/api/resumes/${this.routeId}`);
    this.etag = etag;
    this.render(data, uncertain.recall(this.routeId));
  }

  /** {@code refusal}: the server's reason when the form completes an import it refused. */
  render(resume, unsure, refusal) {
    if (resume.id) {
      this.setHeading(resume.title);
    }
    this.status = h('div', { class: 'form-status' });
    this.form = resumeForm({ title: resume.title, content: resume.content, uncertain: unsure });
    this.form.append(this.status,
      h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('resume.save'))));
    onSubmitOnce(this.form, () => this.save());
    const review = unsure && (unsure.fields.size || unsure.notes.length)
      ? h('div', { class: 'notice notice-warning', role: 'note' },
        h('p', {}, t('resume.reviewIntro', unsure.fields.size + unsure.notes.length)),
        h('ul', {}, [...unsure.fields].map((path) => h('li', {}, this.form.describe(path)
          ? h('button', { type: 'button', class: 'link', onclick: () => this.form.focusField(path) }, this.form.describe(path))
          : t('resume.uncertainPath', path))),
          unsure.notes.map((note) => h('li', {}, `${note.path}: ${note.text}`))))
      : null;
    this.show(
      resume.id ? h('p', { class: 'meta' }, t('resume.source', resume.sourceFileName, resume.sourceFileType),
        ' · ', t('resume.updated', resume.updatedAt))
        : refusal ? h('p', { class: 'notice notice-warning', role: 'alert' }, refusal)
          : h('p', { class: 'lead' }, t('resume.newIntro')),
      resume.id ? h('p', { class: 'actions' },
        h('a', { href: `/resumes/${resume.id}/export`, class: 'button secondary' }, t('resume.export')),
        h('a', { href: '/vacancies', class: 'button secondary' }, t('resume.tailor')),
        h('button', { type: 'button', class: 'danger', onclick: () => this.remove(resume) }, t('resume.delete'))) : null,
      review,
      this.form);
  }

  async save() {
    const { title, content } = this.form.read();
    fill(this.status, h('p', { class: 'state state-loading', role: 'status' }, t('state.saving')));
    try {
      if (!this.routeId) {
        const { data } = await api.send('POST', '/api/resumes', { title, content });
        announce(t('resume.created'));
        navigate(`/resumes/${data.id}`, { replace: true });
        return;
      }
      const { data, etag } = await api.send('PUT', `/api/resumes/${this.routeId}`, { title, content }, { ifMatch: this.etag });
      this.etag = etag;
      uncertain.forget(this.routeId);
      this.render(data, null);
      fill(this.status, h('p', { class: 'notice notice-success', role: 'status' }, t('resume.saved')));
      announce(t('resume.saved'));
    } catch (error) {
      const unplaced = error.kind === 'validation' ? showErrors(this.form, error.errors, 'content.') : [];
      fill(this.status, problemNotice(error),
        unplaced.length ? h('ul', { class: 'unplaced' }, unplaced.map((text) => h('li', {}, text))) : null,
        error.kind === 'precondition-failed'
          ? h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: () => this.refresh() }, t('resume.reloadTheirs')))
          : null);
      if (error.kind !== 'validation') {
        this.status.querySelector('[role="alert"]')?.scrollIntoView({ block: 'center' });
      }
    }
  }

  async remove(resume) {
    try {
      if (await confirmDelete(deleteResume(resume))) {
        uncertain.forget(resume.id);
        navigate('/resumes');
      }
    } catch (error) {
      fill(this.status, problemNotice(error));
    }
  }
}

customElements.define('rt-resume-page', ResumePage);
