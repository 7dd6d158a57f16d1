// Client-side routes. The server answers the app page for the same addresses
// (io.resumetailor.web.control.AppRoutes), so every screen can be bookmarked and reloaded.
import { api } from './api.js';
import { fill } from './dom.js';

const ID = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})';

const ROUTES = [
  ['/sign-in', 'rt-sign-in-page', () => import('./sign-in/sign-in-page.js'), 'anyone'],
  ['/profile', 'rt-profile-page', () => import('./profile/profile-page.js')],
  ['/resumes', 'rt-resumes-page', () => import('./resumes/resumes-page.js')],
  ['/resumes/new', 'rt-resume-page', () => import('./resumes/resume-page.js')],
  ['/resumes/:id', 'rt-resume-page', () => import('./resumes/resume-page.js')],
  ['/resumes/:id/export', 'rt-export-page', () => import('./export/export-page.js')],
  ['/vacancies', 'rt-vacancies-page', () => import('./vacancies/vacancies-page.js')],
  ['/vacancies/new', 'rt-vacancy-page', () => import('./vacancies/vacancy-page.js')],
  ['/vacancies/:id', 'rt-vacancy-page', () => import('./vacancies/vacancy-page.js')],
  ['/vacancies/:id/tailor', 'rt-tailor-page', () => import('./tailor/tailor-page.js')],
  ['/generations/:id', 'rt-generation-page', () => import('./tailor/generation-page.js')],
  ['/generations/:id/export', 'rt-export-page', () => import('./export/export-page.js')],
  ['/usage', 'rt-usage-page', () => import('./usage/usage-page.js')],
  ['/keys', 'rt-keys-page', () => import('./keys/keys-page.js')],
  ['/account', 'rt-account-page', () => import('./account/account-page.js')],
  ['/admin/users', 'rt-admin-users-page', () => import('./admin/users-page.js'), 'admin'],
  ['/admin/settings', 'rt-admin-settings-page', () => import('./admin/settings-page.js'), 'admin'],
  ['/admin/usage', 'rt-admin-usage-page', () => import('./admin/usage-page.js'), 'admin'],
].map(([path, tag, load, access = 'user']) => ({
  path,
  tag,
  load,
  access,
  pattern: new RegExp(`^${path.replace(':id', ID)}/?$`),
}));

const REDIRECTS = { '/': () => (api.user() ? '/vacancies' : '/sign-in'), '/admin': () => '/admin/users' };

let outlet = null;
let renders = 0;

function match(pathname) {
  for (const route of ROUTES) {
    const found = route.pattern.exec(pathname);
    if (found) {
      return { route, id: found[1] ?? null };
    }
  }
  return null;
}

export function navigate(href, { replace = false } = {}) {
  if (replace) {
    history.replaceState(null, '', href);
  } else {
    history.pushState(null, '', href);
  }
  render();
}

async function render() {
  const ticket = ++renders;
  const { pathname, search } = window.location;
  const redirect = REDIRECTS[pathname.replace(/\/$/, '') || '/'];
  if (redirect) {
    navigate(redirect(), { replace: true });
    return;
  }
  const found = match(pathname);
  const user = api.user();
  if (found && found.route.access !== 'anyone' && !user) {
    navigate(`/sign-in?next=${encodeURIComponent(pathname + search)}`, { replace: true });
    return;
  }
  let tag = 'rt-not-found';
  if (found && found.route.access === 'admin' && user.role !== 'super_admin') {
    tag = 'rt-forbidden';
  } else if (found) {
    await found.route.load();
    if (ticket !== renders) {
      return; // a later navigation won while this screen's module loaded
    }
    tag = found.route.tag;
  }
  const screen = document.createElement(tag);
  screen.routeId = found?.id ?? null;
  screen.query = new URLSearchParams(search);
  fill(outlet, screen);
  window.scrollTo(0, 0);
  outlet.dispatchEvent(new CustomEvent('route', { bubbles: true, detail: { path: pathname } }));
  screen.querySelector('h1')?.focus();
}

/** Starts routing into the outlet: same-origin links stay in the app. */
export function start(element) {
  outlet = element;
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
      || event.altKey || link.target || link.hasAttribute('download') || link.origin !== window.location.origin
      || link.dataset.external !== undefined || link.getAttribute('href').startsWith('#')) {
      return;
    }
    event.preventDefault();
    navigate(link.pathname + link.search);
  });
  window.addEventListener('popstate', render);
  api.onSessionChange((user, reason) => {
    if (!user && reason !== 'signed-in') {
      const next = window.location.pathname.startsWith('/sign-in') ? '' : window.location.pathname;
      navigate(`/sign-in?reason=${reason}${next ? `&next=${encodeURIComponent(next)}` : ''}`, { replace: true });
    }
  });
  render();
}
