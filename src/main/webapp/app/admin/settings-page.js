// System settings (super admins only), each edited as its type: a switch for booleans,
// a number for amounts, a choice or text for the rest. Every instance applies a change
// within a second.
import { api } from '../api.js';
import { announce } from '../components/announce.js';
import { problemNotice } from '../components/problem-notice.js';
import { Screen } from '../components/screen.js';
import { empty } from '../components/states.js';
import { fill, h, uid } from '../dom.js';
import { format, t } from '../text.js';
import { adminNav } from './admin-nav.js';

/** Known choices for text settings; the API validates either way. */
const CHOICES = { platform_provider: ['openai', 'gemini_flash'] };

function typeOf(value) {
  if (typeof value === 'boolean') {
    return 'boolean';
  }
  if (typeof value === 'number') {
    return 'number';
  }
  return typeof value === 'string' ? 'text' : 'json';
}

class SettingsPage extends Screen {
  get heading() {
    return t('admin.settingsTitle');
  }

  async load() {
    const settings = await api.get('/api/admin/settings');
    if (settings.length === 0) {
      this.show(adminNav('settings'), empty(t('admin.noSettings')));
      return;
    }
    this.show(adminNav('settings'), h('ul', { class: 'settings' }, settings.map((setting) => this.item(setting))));
  }

  item(setting) {
    const type = typeOf(setting.value);
    const id = uid('setting');
    const status = h('div', { class: 'row-status', 'aria-live': 'polite' });
    const updated = h('p', { class: 'meta' }, t('admin.updated', format.dateTime(setting.updatedAt)));
    let control;
    if (type === 'boolean') {
      control = h('input', { type: 'checkbox', id, checked: setting.value });
    } else if (type === 'number') {
      control = h('input', { type: 'number', id, value: String(setting.value), step: 'any', inputmode: 'decimal' });
    } else if (CHOICES[setting.key]) {
      control = h('select', { id }, CHOICES[setting.key].map((choice) => h('option', { value: choice, selected: choice === setting.value }, choice)));
    } else {
      control = h('input', { type: 'text', id, value: type === 'json' ? JSON.stringify(setting.value) : setting.value });
    }
    const read = () => {
      if (type === 'boolean') {
        return control.checked;
      }
      if (type === 'number') {
        return Number(control.value);
      }
      return type === 'json' ? JSON.parse(control.value) : control.value;
    };
    const save = h('button', { type: 'button', class: 'secondary', 'aria-label': t('admin.saveSetting', setting.key) }, t('admin.save'));
    save.addEventListener('click', async () => {
      let value;
      try {
        value = read();
      } catch {
        fill(status, h('p', { class: 'notice notice-error', role: 'alert' }, t('admin.notJson')));
        return;
      }
      try {
        const { data } = await api.send('PUT', `/api/admin/settings/${encodeURIComponent(setting.key)}`, { value });
        updated.textContent = t('admin.updated', format.dateTime(data.updatedAt));
        fill(status, h('p', { class: 'ok' }, t('admin.settingSaved')));
        announce(t('admin.settingSaved'));
      } catch (error) {
        fill(status, problemNotice(error));
      }
    });
    return h('li', { class: 'card setting' },
      h('div', { class: type === 'boolean' ? 'field field-check' : 'field' },
        type === 'boolean' ? [control, h('label', { for: id }, t('settingName', setting.key))]
          : [h('label', { for: id }, t('settingName', setting.key)), control]),
      h('p', { class: 'meta' }, h('code', {}, setting.key), ' · ', t('admin.type', t(`settingType.${type}`))),
      updated,
      h('p', { class: 'actions' }, save),
      status);
  }
}

customElements.define('rt-admin-settings-page', SettingsPage);
