// The tailored versions of one vacancy, latest first, with how long each is kept.
import { api } from '../api.js';
import { confirmDelete } from '../components/confirm-dialog.js';
import { pager } from '../components/pager.js';
import { problemNotice } from '../components/problem-notice.js';
import { empty, failure, loading } from '../components/states.js';
import { fill, h } from '../dom.js';
import { t } from '../text.js';

const SIZE = 10;

/** What deleting a generation asks and does (here and on its own screen). */
export function deleteGeneration(generation) {
  return {
    title: t('generations.deleteTitle'),
    message: t('generations.deleteText'),
    confirmLabel: t('generations.delete'),
    path: `/api/generations/${generation.id}`,
    announcement: t('generations.deleted'),
  };
}

export function generationsList(vacancyId) {
  const list = h('div', { class: 'list-area' });
  const element = h('section', { class: 'generations', 'aria-labelledby': 'generations-heading' },
    h('h2', { id: 'generations-heading' }, t('generations.title')), list);

  async function page(number) {
    fill(list, loading());
    try {
      render(await api.get(`/api/vacancies/${vacancyId}/generations?page=${number}&size=${SIZE}`));
    } catch (error) {
      fill(list, failure(error, () => page(number)));
    }
  }

  function render(result) {
    if (result.total === 0) {
      fill(list, empty(t('generations.empty'), h('a', { href: `/vacancies/${vacancyId}/tailor` }, t('vacancy.tailor'))));
      return;
    }
    fill(list, 
      h('ul', { class: 'items' }, result.items.map((generation) => h('li', { class: 'item' },
        h('div', {},
          h('a', { href: `/generations/${generation.id}`, class: 'item-title' },
            t('generations.item', generation.generatedAt)),
          h('p', { class: 'meta' },
            t('generations.scores', generation.matchScoreBefore, generation.matchScoreAfter), ' · ',
            t('generations.expires', generation.daysUntilExpiry))),
        h('div', { class: 'item-actions' },
          h('button', { type: 'button', class: 'danger', 'aria-label': t('generations.deleteNamed', generation.generatedAt),
            onclick: () => remove(generation, result) }, t('generations.delete')))))),
      pager(result, page));
  }

  async function remove(generation, result) {
    try {
      if (await confirmDelete(deleteGeneration(generation))) {
        await page(result.items.length === 1 && result.page > 0 ? result.page - 1 : result.page);
      }
    } catch (error) {
      list.prepend(problemNotice(error));
    }
  }

  page(0);
  return element;
}
