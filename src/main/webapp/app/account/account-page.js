// My account: who I am, all my data as one JSON download, and deleting the account.
import { api } from '../api.js';
import { confirmAction } from '../components/confirm-dialog.js';
import { problemNotice } from '../components/problem-notice.js';
import { saveFile } from '../components/save-file.js';
import { Screen } from '../components/screen.js';
import * as byok from '../byok.js';
import { fill, h } from '../dom.js';
import { format, t } from '../text.js';

class AccountPage extends Screen {
  get heading() {
    return t('account.title');
  }

  async load() {
    const me = await api.get('/api/me');
    this.status = h('div', { class: 'form-status', 'aria-live': 'polite' });
    this.show(
      h('dl', { class: 'details' },
        h('dt', {}, t('account.email')), h('dd', {}, me.user.email),
        h('dt', {}, t('account.role')), h('dd', {}, t(`role.${me.user.role}`)),
        h('dt', {}, t('account.since')), h('dd', {}, format.date(me.user.createdAt)),
        h('dt', {}, t('account.profile')), h('dd', {}, me.profileComplete ? t('account.profileComplete')
          : h('a', { href: '/profile' }, t('account.profileIncomplete')))),
      this.status,
      h('section', { class: 'card', 'aria-labelledby': 'data-heading' },
        h('h2', { id: 'data-heading' }, t('account.dataTitle')),
        h('p', {}, t('account.dataText')),
        h('p', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => this.download() }, t('account.download')))),
      h('section', { class: 'card danger-zone', 'aria-labelledby': 'delete-heading' },
        h('h2', { id: 'delete-heading' }, t('account.deleteTitle')),
        h('p', {}, t('account.deleteText')),
        h('p', { class: 'actions' }, h('button', { type: 'button', class: 'danger', onclick: () => this.remove(me.user) }, t('account.delete')))));
  }

  async download() {
    try {
      const file = await api.download('/api/me/export');
      saveFile(file);
      fill(this.status, h('p', { class: 'notice notice-success', role: 'status' }, t('export.saved', file.fileName)));
    } catch (error) {
      fill(this.status, problemNotice(error));
    }
  }

  async remove(user) {
    if (!await confirmAction({ title: t('account.deleteConfirmTitle'), message: t('account.deleteConfirmText', user.email),
      confirmLabel: t('account.delete') })) {
      return;
    }
    try {
      await api.remove('/api/me');
      byok.forgetUser(user.id);
      api.signOut('deleted');
    } catch (error) {
      fill(this.status, problemNotice(error));
    }
  }
}

customElements.define('rt-account-page', AccountPage);
