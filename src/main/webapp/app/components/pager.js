// Previous / next through a paged list ({items, page, size, total}).
import { h } from '../dom.js';
import { t } from '../text.js';

export function pager(page, onPage) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  if (pages <= 1) {
    return null;
  }
  return h('nav', { class: 'pager', 'aria-label': t('pager.label') },
    h('button', { type: 'button', class: 'secondary', disabled: page.page === 0, onclick: () => onPage(page.page - 1) },
      t('pager.previous')),
    h('span', { 'aria-live': 'polite' }, t('pager.position', page.page + 1, pages)),
    h('button', { type: 'button', class: 'secondary', disabled: page.page + 1 >= pages, onclick: () => onPage(page.page + 1) },
      t('pager.next')));
}
