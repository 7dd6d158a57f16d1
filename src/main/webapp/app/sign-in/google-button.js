// The "Sign in with Google" button of Google Identity Services, loaded from Google only
// on this screen and only when the server has a Google client id (the CSP allows
// Google's origin only then). The ID token it hands back is exchanged for our token.
import { fill, h } from '../dom.js';
import { t } from '../text.js';

let loaded = null;

function loadClient(origin) {
  loaded ??= new Promise((resolve, reject) => {
    const script = h('script', { src: `${origin}/gsi/client`, async: true });
    script.addEventListener('load', resolve);
    script.addEventListener('error', () => {
      loaded = null;
      reject(new Error('Google Identity Services did not load'));
    });
    document.head.append(script);
  });
  return loaded;
}

/** A container that becomes Google's button; onToken(idToken) is called on success, onFailure() if Google cannot load. */
export function googleButton({ clientId, origin, onToken, onFailure }) {
  const container = h('div', { class: 'google-button' }, h('p', { class: 'state state-loading', role: 'status' }, t('signIn.googleLoading')));
  loadClient(origin).then(() => {
    window.google.accounts.id.initialize({
      client_id: clientId,
      callback: (response) => onToken(response.credential),
      ux_mode: 'popup',
      use_fedcm_for_prompt: true,
    });
    fill(container);
    window.google.accounts.id.renderButton(container, { type: 'standard', theme: 'outline', size: 'large', text: 'signin_with' });
  }, () => {
    fill(container);
    onFailure();
  });
  return container;
}
