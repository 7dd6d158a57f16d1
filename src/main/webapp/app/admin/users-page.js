// Users (super admins only): search by email, change a role (effective on the user's next request).
import { api } from '../api.js';
import { announce } from '../components/announce.js';
import { field } from '../components/fields.js';
import { pager } from '../components/pager.js';
import { problemNotice } from '../components/problem-notice.js';
import { Screen } from '../components/screen.js';
import { empty, failure, loading } from '../components/states.js';
import { fill, h, uid } from '../dom.js';
import { format, t } from '../text.js';
import { adminNav } from './admin-nav.js';

const ROLES = ['public', 'friend', 'super_admin'];
const SIZE = 20;

class UsersPage extends Screen {
  get heading() {
    return t('admin.usersTitle');
  }

  async load() {
    const search = field({ label: t('admin.searchEmail'), path: 'email', type: 'search', value: this.query.get('email') ?? '' });
    const form = h('form', { class: 'search', role: 'search' }, search,
      h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('admin.search'))));
    this.list = h('div', { class: 'list-area' });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.email = search.control.value.trim();
      history.replaceState(null, '', this.email ? `/admin/users?email=${encodeURIComponent(this.email)}` : '/admin/users');
      this.page(0);
    });
    this.email = search.control.value.trim();
    this.show(adminNav('users'), form, this.list);
    await this.page(0);
  }

  async page(number) {
    fill(this.list, loading());
    try {
      const query = new URLSearchParams({ page: number, size: SIZE });
      if (this.email) {
        query.set('email', this.email);
      }
      this.render(await api.get(`/api/admin/users?${query}`));
    } catch (error) {
      fill(this.list, failure(error, () => this.page(number)));
    }
  }

  render(page) {
    if (page.total === 0) {
      fill(this.list, empty(this.email ? t('admin.noMatch', this.email) : t('admin.noUsers')));
      return;
    }
    fill(this.list, 
      h('p', { class: 'meta', 'aria-live': 'polite' }, t('admin.userCount', page.total)),
      h('ul', { class: 'items users' }, page.items.map((user) => this.row(user))),
      pager(page, (number) => this.page(number)));
  }

  row(user) {
    const id = uid('role');
    const status = h('span', { class: 'row-status', 'aria-live': 'polite' });
    const select = h('select', { id, 'aria-label': t('admin.roleOf', user.email) },
      ROLES.map((role) => h('option', { value: role, selected: role === user.role }, t(`role.${role}`))));
    const save = h('button', { type: 'button', class: 'secondary', 'aria-label': t('admin.saveRoleOf', user.email) }, t('admin.saveRole'));
    save.addEventListener('click', async () => {
      try {
        const { data } = await api.send('PUT', `/api/admin/users/${user.id}/role`, { role: select.value });
        fill(status, h('span', { class: 'ok' }, t('admin.roleSaved', t(`role.${data.role}`))));
        announce(t('admin.roleSaved', t(`role.${data.role}`)));
      } catch (error) {
        select.value = user.role;
        fill(status, problemNotice(error));
      }
    });
    return h('li', { class: 'item user' },
      h('div', {},
        h('p', { class: 'item-title' }, user.email),
        h('p', { class: 'meta' }, t('admin.userSince', format.date(user.createdAt)))),
      h('div', { class: 'user-role' }, h('div', { class: 'inline-form' }, select, save), status));
  }
}

customElements.define('rt-admin-users-page', UsersPage);
