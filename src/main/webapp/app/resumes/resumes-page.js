// My base resumes: import a file, create one from scratch, open or delete one.
import { api } from '../api.js';
import { confirmDelete } from '../components/confirm-dialog.js';
import { pager } from '../components/pager.js';
import { problemNotice } from '../components/problem-notice.js';
import { Screen } from '../components/screen.js';
import { empty, failure, loading } from '../components/states.js';
import { fill, h } from '../dom.js';
import { navigate } from '../router.js';
import { t } from '../text.js';
import { deleteResume } from './resume-page.js';
import { resumeUpload } from './resume-upload.js';
import * as uncertain from './uncertain.js';

const SIZE = 10;

class ResumesPage extends Screen {
  get heading() {
    return t('resumes.title');
  }

  async load() {
    this.list = h('div', { class: 'list-area', 'aria-live': 'polite' });
    this.show(
      h('p', { class: 'actions' }, h('a', { href: '/resumes/new', class: 'button primary' }, t('resumes.new'))),
      resumeUpload({
        onImported: (result) => {
          uncertain.remember(result.resume.id, result.uncertainFields);
          navigate(`/resumes/${result.resume.id}`);
        },
        onIncomplete: (draft) => {
          uncertain.rememberDraft(draft);
          navigate('/resumes/new');
        },
      }),
      h('section', { 'aria-labelledby': 'resume-list-heading' }, h('h2', { id: 'resume-list-heading' }, t('resumes.yours')), this.list));
    await this.page(0);
  }

  async page(number) {
    fill(this.list, loading());
    try {
      const page = await api.get(`/api/resumes?page=${number}&size=${SIZE}`);
      this.renderList(page);
    } catch (error) {
      fill(this.list, failure(error, () => this.page(number)));
    }
  }

  renderList(page) {
    if (page.total === 0) {
      fill(this.list, empty(t('resumes.empty')));
      return;
    }
    fill(this.list, 
      h('ul', { class: 'items' }, page.items.map((resume) => h('li', { class: 'item' },
        h('div', {},
          h('a', { href: `/resumes/${resume.id}`, class: 'item-title' }, resume.title),
          h('p', { class: 'meta' }, t('resume.source', resume.sourceFileName, resume.sourceFileType), ' · ',
            t('resume.updated', resume.updatedAt))),
        h('div', { class: 'item-actions' },
          h('a', { href: `/resumes/${resume.id}/export`, class: 'button secondary' }, t('resume.export')),
          h('button', {
            type: 'button',
            class: 'danger',
            'aria-label': t('resumes.deleteNamed', resume.title),
            onclick: () => this.remove(resume, page),
          }, t('resume.delete')))))),
      pager(page, (number) => this.page(number)));
  }

  async remove(resume, page) {
    try {
      if (await confirmDelete(deleteResume(resume))) {
        uncertain.forget(resume.id);
        await this.page(page.items.length === 1 && page.page > 0 ? page.page - 1 : page.page);
      }
    } catch (error) {
      this.list.prepend(problemNotice(error));
    }
  }
}

customElements.define('rt-resumes-page', ResumesPage);
