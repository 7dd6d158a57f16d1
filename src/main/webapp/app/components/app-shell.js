// The frame around every screen: skip link, header with the navigation (a menu button on
// phones), the outlet the router fills, and a footer pointing REST clients to the API docs.
import { api } from '../api.js';
import { fill, h } from '../dom.js';
import { t } from '../text.js';
import { announcer } from './announce.js';

const LINKS = [
  ['/vacancies', 'nav.vacancies'],
  ['/resumes', 'nav.resumes'],
  ['/profile', 'nav.profile'],
  ['/usage', 'nav.usage'],
  ['/keys', 'nav.keys'],
  ['/account', 'nav.account'],
];

class AppShell extends HTMLElement {
  connectedCallback() {
    this.outlet = h('main', { id: 'main', tabindex: '-1' });
    this.nav = h('nav', { id: 'site-nav', class: 'site-nav', 'aria-label': t('nav.label') });
    this.toggle = h('button', {
      type: 'button', class: 'menu-toggle', 'aria-expanded': 'false', 'aria-controls': 'site-nav',
      onclick: () => this.setOpen(this.toggle.getAttribute('aria-expanded') !== 'true'),
    }, t('nav.menu'));
    fill(this, 
      h('a', { class: 'skip-link', href: '#main', 'data-external': '', onclick: (event) => { event.preventDefault(); this.outlet.focus(); } },
        t('nav.skip')),
      h('header', { class: 'site-header' },
        h('a', { href: '/', class: 'brand' }, t('app.name')), this.toggle, this.nav),
      this.outlet,
      h('footer', { class: 'site-footer' },
        h('p', {}, t('footer.api'), ' ', h('a', { href: '/api-docs', 'data-external': '' }, t('footer.apiDocs')))),
      announcer());
    this.renderNav();
    api.onSessionChange(() => this.renderNav());
    this.addEventListener('route', (event) => {
      this.setOpen(false);
      this.markCurrent(event.detail.path);
    });
  }

  setOpen(open) {
    this.toggle.setAttribute('aria-expanded', String(open));
    this.nav.classList.toggle('open', open);
  }

  renderNav() {
    const user = api.user();
    if (!user) {
      fill(this.nav, h('ul', {}, h('li', {}, h('a', { href: '/sign-in' }, t('nav.signIn')))));
      this.toggle.hidden = true;
      return;
    }
    this.toggle.hidden = false;
    const links = user.role === 'super_admin' ? [...LINKS, ['/admin/users', 'nav.admin']] : LINKS;
    fill(this.nav, 
      h('ul', {}, links.map(([href, key]) => h('li', {}, h('a', { href }, t(key))))),
      h('div', { class: 'who' },
        h('span', { class: 'email' }, user.email),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.signOut() }, t('nav.signOut'))));
    this.markCurrent(window.location.pathname);
  }

  markCurrent(path) {
    this.nav.querySelectorAll('a').forEach((link) => {
      const section = link.pathname === '/admin/users' ? '/admin' : link.pathname;
      if (path === section || path.startsWith(`${section}/`)) {
        link.setAttribute('aria-current', 'page');
      } else {
        link.removeAttribute('aria-current');
      }
    });
  }

  signOut() {
    window.google?.accounts?.id?.disableAutoSelect?.();
    api.signOut();
  }
}

customElements.define('rt-app', AppShell);

export function outletOf(shell) {
  return shell.outlet;
}
