// The frame of every screen: a focusable heading (focused on navigation, for screen
// readers and keyboards), and content that starts as the loading state.
import { append, fill, h } from '../dom.js';
import { t } from '../text.js';
import { failure, loading } from './states.js';

export class Screen extends HTMLElement {
  /** The heading and the document title. */
  get heading() {
    return '';
  }

  connectedCallback() {
    if (this.started) {
      return;
    }
    this.started = true;
    this.classList.add('screen');
    this.headingElement = h('h1', { tabindex: '-1' }, this.heading);
    this.content = h('div', { class: 'screen-content' });
    fill(this, this.headingElement, this.content);
    document.title = `${this.heading} · ${t('app.name')}`;
    this.refresh();
  }

  setHeading(text) {
    this.headingElement.textContent = text;
    document.title = `${text} · ${t('app.name')}`;
  }

  /** Loads the screen's data (load()) with the loading state first and the error state on failure. */
  async refresh() {
    this.show(loading());
    try {
      await this.load();
    } catch (error) {
      this.show(failure(error, () => this.refresh()));
    }
  }

  async load() {
  }

  show(...nodes) {
    fill(this.content);
    append(this.content, ...nodes);
  }
}
