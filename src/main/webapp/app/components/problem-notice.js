// What an API problem means for the user, in their words, with the way out where there
// is one (a daily limit or the platform budget points to the user's own key).
import { ApiProblem } from '../api.js';
import { h } from '../dom.js';
import { t } from '../text.js';

const POINTS_TO_OWN_KEY = /own (api )?key/i;

/** {message, action: {href, label} | null} for an error. */
export function explain(error) {
  if (!(error instanceof ApiProblem)) {
    return { message: t('problem.unexpected'), action: null };
  }
  const byok = POINTS_TO_OWN_KEY.test(error.detail) ? { href: '/keys', label: t('problem.useOwnKey') } : null;
  switch (error.kind) {
    case 'network':
      return { message: t('problem.network'), action: null };
    case 'quota-exceeded':
      return { message: t('problem.quota', error.detail), action: byok ?? { href: '/usage', label: t('problem.seeUsage') } };
    case 'platform-budget-exhausted':
      return { message: t('problem.budget'), action: byok };
    case 'platform-llm-disabled':
      return { message: t('problem.platformOff'), action: byok };
    case 'byok-disabled':
      return { message: t('problem.byokDisabled'), action: null };
    case 'llm-key-rejected':
      return { message: t('problem.keyRejected'), action: { href: '/keys', label: t('problem.checkKeys') } };
    case 'precondition-failed':
      return { message: t('problem.changed'), action: null };
    case 'validation':
      return { message: t('problem.validation'), action: null };
    case 'stale-token':
    case 'unauthorized':
      return { message: t('problem.signedOut'), action: { href: '/sign-in', label: t('nav.signIn') } };
    case 'forbidden':
      return { message: t('problem.forbidden'), action: null };
    case 'not-found':
      return { message: t('problem.notFound'), action: null };
    default:
      return { message: error.detail || error.title || t('problem.unexpected'), action: null };
  }
}

/** The problem as an alert box. */
export function problemNotice(error) {
  const { message, action } = explain(error);
  return h('div', { class: 'notice notice-error', role: 'alert' },
    h('p', {}, message),
    action ? h('p', {}, h('a', { href: action.href }, action.label)) : null);
}
