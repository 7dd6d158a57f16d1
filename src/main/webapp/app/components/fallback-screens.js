// The screens for an address that is no screen, and for a screen that is not yours.
import { h } from '../dom.js';
import { t } from '../text.js';
import { Screen } from './screen.js';

class NotFound extends Screen {
  get heading() {
    return t('notFound.title');
  }

  async load() {
    this.show(h('p', {}, t('notFound.text')), h('p', {}, h('a', { href: '/' }, t('notFound.home'))));
  }
}

class Forbidden extends Screen {
  get heading() {
    return t('forbidden.title');
  }

  async load() {
    this.show(h('p', {}, t('forbidden.text')));
  }
}

customElements.define('rt-not-found', NotFound);
customElements.define('rt-forbidden', Forbidden);
