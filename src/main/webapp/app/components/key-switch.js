// Who pays for one call: the platform (daily limit, shared budget) or one of the user's
// own keys kept in this browser. Offered on every call that uses a model.
import { api } from '../api.js';
import * as byok from '../byok.js';
import { h, uid } from '../dom.js';
import { t } from '../text.js';

export function keySwitch() {
  const userId = api.user().id;
  const providers = byok.available(userId);
  const name = uid('payer');
  let choice = byok.preferred(userId);
  const option = (value, label) => {
    const id = `${name}-${value}`;
    return h('div', { class: 'field-check' },
      h('input', { type: 'radio', id, name, value, checked: value === choice, onchange: () => { choice = value; } }),
      h('label', { for: id }, label));
  };
  const element = h('fieldset', { class: 'key-switch' },
    h('legend', {}, t('keys.payWith')),
    option(byok.PLATFORM, t('keys.platform')),
    providers.map((provider) => option(provider,
      t('keys.ownKey', t(`provider.${provider}`), byok.lastFour(byok.keyFor(userId, provider))))),
    providers.length === 0 ? h('p', { class: 'hint' }, t('keys.noneHere'), ' ', h('a', { href: '/keys' }, t('nav.keys'))) : null);
  element.headers = () => byok.headersFor(userId, choice);
  element.choice = () => choice;
  return element;
}
