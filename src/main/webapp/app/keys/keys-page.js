// My own API keys (BYOK): entered here, kept only in this browser, sent only with the
// calls I choose to pay with them. The server is told the last four characters so I can
// recognise which key I used; it never sees the key outside those calls.
import { api } from '../api.js';
import { announce } from '../components/announce.js';
import { confirmAction } from '../components/confirm-dialog.js';
import { field, showErrors } from '../components/fields.js';
import { problemNotice } from '../components/problem-notice.js';
import { Screen } from '../components/screen.js';
import * as byok from '../byok.js';
import { fill, h, uid } from '../dom.js';
import { format, t } from '../text.js';

class KeysPage extends Screen {
  get heading() {
    return t('keys.title');
  }

  async load() {
    const hints = await api.get('/api/llm-keys');
    const userId = api.user().id;
    this.status = h('div', { class: 'form-status', 'aria-live': 'polite' });
    this.show(
      h('p', { class: 'lead' }, t('keys.intro')),
      h('ul', { class: 'facts' }, h('li', {}, t('keys.fact.browser')), h('li', {}, t('keys.fact.headers')),
        h('li', {}, t('keys.fact.server')), h('li', {}, t('keys.fact.shared'))),
      this.status,
      h('div', { class: 'grid-2' }, byok.PROVIDERS.map((provider) => this.card(userId, provider, hints.find((k) => k.provider === provider)))),
      this.defaultChoice(userId));
  }

  card(userId, provider, hint) {
    const key = byok.keyFor(userId, provider);
    const name = t(`provider.${provider}`);
    const headingId = uid('key');
    if (key) {
      return h('section', { class: 'card key-card', 'aria-labelledby': headingId },
        h('h2', { id: headingId }, name),
        h('p', {}, t('keys.kept', byok.lastFour(key))),
        hint ? h('p', { class: 'meta' }, t('keys.registered', hint.keyHint, format.date(hint.createdAt))) : null,
        h('p', { class: 'actions' }, h('button', { type: 'button', class: 'danger', onclick: () => this.remove(userId, provider) },
          t('keys.remove', name))));
    }
    const input = field({ label: t('keys.keyLabel', name), path: 'keyHint', type: 'password', required: true,
      hint: t(`keys.keyHint.${provider}`), autocomplete: 'off' });
    const form = h('form', { class: 'card key-card', 'aria-labelledby': headingId, novalidate: true },
      h('h2', { id: headingId }, name),
      hint ? h('p', { class: 'notice notice-info' }, t('keys.elsewhere', hint.keyHint)) : null,
      input,
      h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('keys.save', name))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const value = input.control.value.trim();
      if (value.length < 8) {
        showErrors(form, [{ field: 'keyHint', message: t('keys.tooShort') }]);
        return;
      }
      try {
        await api.send('PUT', `/api/llm-keys/${provider}`, { keyHint: byok.lastFour(value) });
        byok.saveKey(userId, provider, value);
        announce(t('keys.saved', name));
        await this.refresh();
        fill(this.status, h('p', { class: 'notice notice-success', role: 'status' }, t('keys.saved', name)));
      } catch (error) {
        fill(this.status, problemNotice(error));
      }
    });
    return form;
  }

  async remove(userId, provider) {
    const name = t(`provider.${provider}`);
    if (!await confirmAction({ title: t('keys.removeTitle', name), message: t('keys.removeText'), confirmLabel: t('keys.remove', name) })) {
      return;
    }
    byok.removeKey(userId, provider);
    try {
      await api.remove(`/api/llm-keys/${provider}`);
    } catch (error) {
      if (error.status !== 404) {
        fill(this.status, problemNotice(error));
        return;
      }
    }
    announce(t('keys.removed', name));
    await this.refresh();
    fill(this.status, h('p', { class: 'notice notice-success', role: 'status' }, t('keys.removed', name)));
  }

  defaultChoice(userId) {
    const providers = byok.available(userId);
    if (providers.length === 0) {
      return null;
    }
    const choice = field({
      label: t('keys.default'),
      path: 'preferred',
      value: byok.preferred(userId),
      choices: [[byok.PLATFORM, t('keys.platform')], ...providers.map((p) => [p, t('keys.ownKey', t(`provider.${p}`), byok.lastFour(byok.keyFor(userId, p)))])],
      hint: t('keys.defaultHint'),
    });
    choice.control.addEventListener('change', () => {
      byok.setPreferred(userId, choice.control.value);
      announce(t('keys.defaultSaved'));
    });
    return h('section', { class: 'card', 'aria-labelledby': 'default-heading' }, h('h2', { id: 'default-heading' }, t('keys.defaultTitle')), choice);
  }
}

customElements.define('rt-keys-page', KeysPage);
