// My vacancies, newest first, a page at a time.
import { api } from '../api.js';
import { confirmDelete } from '../components/confirm-dialog.js';
import { pager } from '../components/pager.js';
import { problemNotice } from '../components/problem-notice.js';
import { Screen } from '../components/screen.js';
import { empty, failure, loading } from '../components/states.js';
import { fill, h } from '../dom.js';
import { t } from '../text.js';
import { deleteVacancy } from './vacancy-page.js';

const SIZE = 10;

class VacanciesPage extends Screen {
  get heading() {
    return t('vacancies.title');
  }

  async load() {
    this.list = h('div', { class: 'list-area' });
    this.show(
      h('p', { class: 'actions' }, h('a', { href: '/vacancies/new', class: 'button primary' }, t('vacancies.new'))),
      this.list);
    await this.page(Number(this.query.get('page') ?? 0) || 0);
  }

  async page(number) {
    fill(this.list, loading());
    try {
      this.render(await api.get(`/api/vacancies?page=${number}&size=${SIZE}`));
    } catch (error) {
      fill(this.list, failure(error, () => this.page(number)));
    }
  }

  render(page) {
    if (page.total === 0) {
      fill(this.list, empty(t('vacancies.empty'), h('a', { href: '/vacancies/new' }, t('vacancies.new'))));
      return;
    }
    fill(this.list, 
      h('p', { class: 'meta' }, t('vacancies.count', page.total)),
      h('ul', { class: 'items' }, page.items.map((vacancy) => h('li', { class: 'item' },
        h('div', {},
          h('a', { href: `/vacancies/${vacancy.id}`, class: 'item-title' }, vacancy.displayTitle),
          h('p', { class: 'meta' }, t('vacancies.added', vacancy.createdAt))),
        h('div', { class: 'item-actions' },
          h('a', { href: `/vacancies/${vacancy.id}/tailor`, class: 'button primary',
            'aria-label': t('vacancies.tailorNamed', vacancy.displayTitle) }, t('vacancy.tailor')),
          h('button', { type: 'button', class: 'danger', 'aria-label': t('vacancies.deleteNamed', vacancy.displayTitle),
            onclick: () => this.remove(vacancy, page) }, t('vacancy.delete')))))),
      pager(page, (number) => this.page(number)));
  }

  async remove(vacancy, page) {
    try {
      if (await confirmDelete(deleteVacancy(vacancy))) {
        await this.page(page.items.length === 1 && page.page > 0 ? page.page - 1 : page.page);
      }
    } catch (error) {
      this.list.prepend(problemNotice(error));
    }
  }
}

customElements.define('rt-vacancies-page', VacanciesPage);
