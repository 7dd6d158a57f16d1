// The three admin screens' own navigation.
import { h } from '../dom.js';
import { t } from '../text.js';

export function adminNav(current) {
  return h('nav', { class: 'subnav', 'aria-label': t('admin.nav') }, h('ul', {},
    [['users', '/admin/users'], ['settings', '/admin/settings'], ['usage', '/admin/usage']].map(([key, href]) => h('li', {},
      h('a', { href, 'aria-current': key === current ? 'page' : null }, t(`admin.${key}`))))));
}
