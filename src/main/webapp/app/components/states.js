// The loading, empty and error states every screen shows the same way.
import { ApiProblem } from '../api.js';
import { h } from '../dom.js';
import { t } from '../text.js';
import { problemNotice } from './problem-notice.js';

export function loading(text = t('state.loading')) {
  return h('p', { class: 'state state-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

export function empty(text, ...actions) {
  return h('div', { class: 'state state-empty' }, h('p', {}, text), actions.length ? h('p', { class: 'actions' }, actions) : null);
}

/**
 * An error in place of a screen's content, with a retry where trying again can help (not
 * for something missing or refused). Errors that are not the API's are bugs: logged.
 */
export function failure(error, retry) {
  if (!(error instanceof ApiProblem)) {
    console.error(error);
  }
  const final = error instanceof ApiProblem && [400, 403, 404, 410].includes(error.status);
  return h('div', { class: 'state state-error' },
    problemNotice(error),
    retry && !final ? h('p', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: retry }, t('state.retry'))) : null,
    final ? h('p', {}, h('a', { href: '/' }, t('notFound.home'))) : null);
}
