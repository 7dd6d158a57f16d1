// A repeating group of fields (languages, phones, experience entries...) with add and
// remove buttons. Field paths carry the row index (languages[1].level), as the API names
// them in validation errors; rows are re-rendered after a change so paths stay in order.
import { fill, h } from '../dom.js';

/**
 * Options: legend, prefix ('languages'), items, renderRow(item, path, index) -> nodes,
 * readRow(scope, path) -> item, blank() -> new item, addLabel, removeLabel(index),
 * hint, onChange(), legendHidden (when a heading right above says the same).
 */
export function rowList(options) {
  const { legend, prefix, renderRow, readRow, blank, addLabel, removeLabel, hint, onChange = () => {}, legendHidden = false } = options;
  let items = [...(options.items ?? [])];
  const rows = h('div', { class: 'rows' });
  const add = h('button', {
    type: 'button',
    class: 'secondary',
    onclick: () => {
      items = element.values();
      items.push(blank());
      render();
      rows.lastElementChild?.querySelector('input, textarea, select')?.focus();
      onChange();
    },
  }, addLabel);
  const element = h('fieldset', { class: ['row-list', legendHidden && 'plain'], dataset: { path: prefix } },
    h('legend', { class: legendHidden ? 'visually-hidden' : null }, legend),
    hint ? h('p', { class: 'hint' }, hint) : null,
    h('p', { class: 'field-error', hidden: true }),
    rows,
    h('p', { class: 'actions' }, add));
  element.control = element;

  function render() {
    fill(rows, ...items.map((item, index) => {
      const path = `${prefix}[${index}]`;
      return h('div', { class: 'row', dataset: { path, row: String(index) } },
        renderRow(item, path, index),
        h('p', { class: 'row-actions' }, h('button', {
          type: 'button',
          class: 'link danger-text',
          onclick: () => {
            items = element.values();
            items.splice(index, 1);
            render();
            add.focus();
            onChange();
          },
        }, removeLabel(index))));
    }));
  }

  /** The rows' current values. */
  element.values = () => [...rows.children].map((row) => readRow(row, row.dataset.path));
  render();
  return element;
}
