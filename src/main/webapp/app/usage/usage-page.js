// My usage today and what is left, per operation and per key (the platform's or mine);
// a limit reached says so and points to my own key where that has its own allowance.
import { api } from '../api.js';
import { Screen } from '../components/screen.js';
import { empty } from '../components/states.js';
import { h } from '../dom.js';
import { format, t } from '../text.js';
import { scrollBox } from '../components/scroll-box.js';

class UsagePage extends Screen {
  get heading() {
    return t('usage.title');
  }

  async load() {
    const usage = await api.get('/api/usage');
    if (!usage.quotas?.length) {
      this.show(empty(t('usage.empty')));
      return;
    }
    const byKey = (operation, type) => usage.quotas.find((q) => q.operation === operation && q.providerType === type);
    const reached = usage.quotas.filter((q) => q.limit !== null && q.limit !== undefined && q.left === 0);
    const alerts = reached.map((q) => {
      const own = q.providerType === 'platform' && q.operation !== 'export' ? byKey(q.operation, 'byok') : null;
      const ownLeft = own && (own.left === null || own.left === undefined || own.left > 0);
      return h('div', { class: 'notice notice-error', role: 'alert' },
        h('p', {}, t('usage.reached', t(`operation.${q.operation}`), t(`providerType.${q.providerType}`), q.limit)),
        ownLeft ? h('p', {}, t('usage.ownKeyLeft', own.left ?? t('usage.unlimited')), ' ', h('a', { href: '/keys' }, t('usage.toKeys'))) : null);
    });
    this.show(
      h('p', { class: 'lead' }, t('usage.intro', usage.day, t(`role.${usage.role}`))),
      alerts,
      scrollBox(t('usage.caption', usage.day), h('table', { class: 'usage-table' },
        h('caption', {}, t('usage.caption', usage.day)),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('usage.operation')),
          h('th', { scope: 'col' }, t('usage.key')),
          h('th', { scope: 'col' }, t('usage.used')),
          h('th', { scope: 'col' }, t('usage.left')))),
        h('tbody', {}, usage.quotas.map((q) => {
          const unlimited = q.limit === null || q.limit === undefined;
          return h('tr', { class: !unlimited && q.left === 0 ? 'exhausted' : null },
            h('th', { scope: 'row' }, t(`operation.${q.operation}`)),
            h('td', {}, t(`keyName.${q.providerType}`)),
            h('td', {}, unlimited ? format.number(q.used) : [
              h('progress', { max: String(q.limit), value: String(Math.min(q.used, q.limit)),
                'aria-label': t('usage.meter', t(`operation.${q.operation}`), t(`providerType.${q.providerType}`)) }),
              ' ', t('usage.usedOf', q.used, q.limit)]),
            h('td', {}, unlimited ? t('usage.unlimited') : format.number(q.left)));
        })))),
      h('p', { class: 'hint' }, t('usage.resets')));
  }
}

customElements.define('rt-usage-page', UsagePage);
