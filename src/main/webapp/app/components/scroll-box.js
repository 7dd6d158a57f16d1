// A wide table that scrolls sideways on a narrow screen. The box takes the keyboard focus
// (so it can be scrolled without a mouse) and is named for screen readers.
import { h } from '../dom.js';

export function scrollBox(label, ...children) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': label }, children);
}
