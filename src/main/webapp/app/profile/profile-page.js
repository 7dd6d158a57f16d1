// My profile: contact details and job-search preferences, with the API's validation
// messages next to their fields and the completeness rule as a checklist.
import { api } from '../api.js';
import { announce } from '../components/announce.js';
import { field, showErrors, valueOf } from '../components/fields.js';
import { problemNotice } from '../components/problem-notice.js';
import { rowList } from '../components/row-list.js';
import { Screen } from '../components/screen.js';
import { fill, h } from '../dom.js';
import { language, t } from '../text.js';
import { completenessList } from './completeness-list.js';

const WORK_FORMATS = ['remote', 'hybrid', 'onsite'];

function countryName(code) {
  try {
    if (!/^[A-Za-z]{2}$/.test(code)) {
      return '';
    }
    const name = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? name : '';
  } catch {
    return '';
  }
}

class ProfilePage extends Screen {
  get heading() {
    return t('profile.title');
  }

  async load() {
    let profile = null;
    this.etag = null;
    try {
      const { data, etag } = await api.read('/api/profile');
      profile = data;
      this.etag = etag;
    } catch (error) {
      if (error.status !== 404) {
        throw error;
      }
    }
    this.render(profile);
  }

  render(profile) {
    const p = profile ?? { email: api.user().email, languages: [{ language: '', level: '' }], phones: [], workFormat: '' };
    this.checklist = completenessList();
    this.status = h('div', { class: 'form-status' });
    const country = field({ label: t('profile.country'), path: 'country', value: p.country, required: true, maxlength: 2,
      hint: t('profile.countryHint'), autocomplete: 'country' });
    const countryHint = country.querySelector('.hint');
    const showCountry = () => {
      const name = countryName(country.control.value);
      countryHint.textContent = name ? t('profile.countryIs', name) : t('profile.countryHint');
    };
    country.control.addEventListener('input', showCountry);
    showCountry();
    const languages = rowList({
      legend: t('profile.languages'),
      prefix: 'languages',
      items: p.languages,
      renderRow: (item, path) => h('div', { class: 'grid-2' },
        field({ label: t('profile.language'), path: `${path}.language`, value: item.language, required: true }),
        field({ label: t('profile.level'), path: `${path}.level`, value: item.level, required: true, hint: t('profile.levelHint') })),
      readRow: (row, path) => ({ language: valueOf(row, `${path}.language`), level: valueOf(row, `${path}.level`) }),
      blank: () => ({ language: '', level: '' }),
      addLabel: t('profile.addLanguage'),
      removeLabel: (i) => t('profile.removeLanguage', i + 1),
      onChange: () => this.checklist.update(this.values()),
    });
    const phones = rowList({
      legend: t('profile.phones'),
      prefix: 'phones',
      items: p.phones,
      renderRow: (item, path) => h('div', { class: 'grid-2' },
        field({ label: t('profile.phone'), path: `${path}.number`, value: item.number, type: 'tel', required: true, autocomplete: 'tel' }),
        field({ label: t('profile.phoneLabel'), path: `${path}.label`, value: item.label, hint: t('profile.phoneLabelHint') })),
      readRow: (row, path) => ({ number: valueOf(row, `${path}.number`), label: valueOf(row, `${path}.label`) || null }),
      blank: () => ({ number: '', label: '' }),
      addLabel: t('profile.addPhone'),
      removeLabel: (i) => t('profile.removePhone', i + 1),
    });
    this.languages = languages;
    this.phones = phones;
    this.form = h('form', { class: 'profile-form', novalidate: true },
      h('div', { class: 'grid-2' },
        field({ label: t('profile.firstName'), path: 'firstName', value: p.firstName, required: true, autocomplete: 'given-name' }),
        field({ label: t('profile.lastName'), path: 'lastName', value: p.lastName, required: true, autocomplete: 'family-name' })),
      field({ label: t('profile.email'), path: 'email', value: p.email, type: 'email', required: true, autocomplete: 'email' }),
      h('div', { class: 'grid-2' },
        country,
        field({ label: t('profile.searchRegion'), path: 'searchRegion', value: p.searchRegion, required: true,
          hint: t('profile.searchRegionHint') })),
      field({ label: t('profile.workFormat'), path: 'workFormat', value: p.workFormat, required: true,
        choices: [['', t('profile.workFormat.choose')], ...WORK_FORMATS.map((value) => [value, t(`profile.workFormat.${value}`)])] }),
      languages,
      phones,
      this.status,
      h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('profile.save'))));
    this.form.addEventListener('input', () => this.checklist.update(this.values()));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
    this.checklist.update(this.values());
    this.show(
      profile ? null : h('p', { class: 'notice notice-info' }, t('profile.none')),
      h('p', { class: 'lead' }, profile?.complete ? t('profile.complete') : t('profile.incomplete')),
      h('div', { class: 'with-aside' }, this.form, this.checklist));
  }

  values() {
    const value = (path) => valueOf(this.form, path);
    return {
      firstName: value('firstName'),
      lastName: value('lastName'),
      email: value('email'),
      country: value('country').toUpperCase(),
      searchRegion: value('searchRegion'),
      workFormat: value('workFormat'),
      languages: this.languages.values(),
      phones: this.phones.values(),
    };
  }

  async save() {
    fill(this.status, h('p', { class: 'state state-loading', role: 'status' }, t('state.saving')));
    try {
      const { data, etag } = await api.send('PUT', '/api/profile', this.values(), { ifMatch: this.etag });
      this.etag = etag;
      this.render(data);
      fill(this.status, h('p', { class: 'notice notice-success', role: 'status' },
        data.complete ? t('profile.savedComplete') : t('profile.saved')));
      announce(t('profile.saved'));
    } catch (error) {
      const unplaced = error.kind === 'validation' ? showErrors(this.form, error.errors) : [];
      fill(this.status, problemNotice(error), unplaced.length ? h('ul', {}, unplaced.map((text) => h('li', {}, text))) : null);
      if (error.kind === 'precondition-failed') {
        this.status.append(h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: () => this.refresh() }, t('state.reload'))));
      }
    }
  }
}

customElements.define('rt-profile-page', ProfilePage);
