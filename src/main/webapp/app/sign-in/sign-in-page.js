// Sign-in: the Google button when the server has a Google client id, the development
// form when development sign-in is on (never in production).
import { api } from '../api.js';
import { Screen } from '../components/screen.js';
import { problemNotice } from '../components/problem-notice.js';
import { field, showErrors } from '../components/fields.js';
import { signInOptions } from '../config.js';
import { fill, h } from '../dom.js';
import { navigate } from '../router.js';
import { t } from '../text.js';
import { googleButton } from './google-button.js';

class SignInPage extends Screen {
  get heading() {
    return t('signIn.title');
  }

  async load() {
    const reason = this.query.get('reason');
    this.status = h('div', { class: 'sign-in-status' });
    const methods = [];
    if (signInOptions.googleClientId) {
      methods.push(h('section', { class: 'card', 'aria-labelledby': 'google-heading' },
        h('h2', { id: 'google-heading' }, t('signIn.google')),
        googleButton({
          clientId: signInOptions.googleClientId,
          origin: signInOptions.googleOrigin,
          onToken: (idToken) => this.signIn(() => api.signInGoogle(idToken)),
          onFailure: () => fill(this.status, h('p', { class: 'notice notice-error', role: 'alert' }, t('signIn.googleFailed'))),
        })));
    }
    if (signInOptions.devSignIn) {
      methods.push(this.devForm());
    }
    if (methods.length === 0) {
      methods.push(h('p', { class: 'state state-empty' }, t('signIn.none')));
    }
    this.show(
      h('p', { class: 'lead' }, t('signIn.intro')),
      reason && reason !== 'signed-in' ? h('p', { class: 'notice notice-info', role: 'status' }, t(`signIn.reason.${reason}`)) : null,
      api.user() ? h('p', { class: 'notice notice-info' }, t('signIn.already', api.user().email), ' ',
        h('a', { href: '/vacancies' }, t('nav.vacancies'))) : null,
      this.status,
      h('div', { class: 'sign-in-methods' }, methods));
  }

  devForm() {
    const email = field({ label: t('signIn.email'), path: 'email', type: 'email', required: true, autocomplete: 'email' });
    const form = h('form', { class: 'card', 'aria-labelledby': 'dev-heading', novalidate: true },
      h('h2', { id: 'dev-heading' }, t('signIn.dev')),
      h('p', { class: 'hint' }, t('signIn.devHint')),
      email,
      h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('signIn.submit'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.signIn(() => api.signInDev(email.control.value.trim()), form);
    });
    return form;
  }

  async signIn(call, form) {
    fill(this.status, h('p', { class: 'state state-loading', role: 'status' }, t('signIn.working')));
    try {
      await call();
      const next = this.query.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/vacancies', { replace: true });
    } catch (error) {
      const unplaced = form && error.kind === 'validation' ? showErrors(form, error.errors) : [];
      fill(this.status, form && error.kind === 'validation' && unplaced.length === 0 ? '' : problemNotice(error));
    }
  }
}

customElements.define('rt-sign-in-page', SignInPage);
