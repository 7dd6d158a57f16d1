// Labelled form fields with a place for their error. A field's data-path is the name
// the API uses for it in a validation problem's errors, so showErrors() can put each
// message next to its field.
import { h, uid } from '../dom.js';

/**
 * A labelled input, textarea or select. Options: label, path, value, type, hint, required,
 * autocomplete, rows (makes a textarea), choices ([[value, label]] makes a select),
 * placeholder, inputmode, pattern, maxlength.
 */
export function field(options) {
  const { label, path, value = '', type = 'text', hint, rows, choices, ...rest } = options;
  const id = uid('field');
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const common = {
    id,
    name: path,
    required: rest.required,
    autocomplete: rest.autocomplete ?? 'off',
    placeholder: rest.placeholder,
    inputmode: rest.inputmode,
    pattern: rest.pattern,
    maxlength: rest.maxlength,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' '),
  };
  let control;
  if (choices) {
    control = h('select', common, choices.map(([choice, text]) => h('option', { value: choice, selected: choice === value }, text)));
  } else if (rows) {
    control = h('textarea', { ...common, rows, value: value ?? '' });
  } else if (type === 'checkbox') {
    control = h('input', { ...common, type, checked: Boolean(value) });
  } else {
    control = h('input', { ...common, type, value: value ?? '' });
  }
  const labelElement = h('label', { for: id }, label, rest.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
  const wrapper = h('div', { class: ['field', type === 'checkbox' && 'field-check'], dataset: { path } },
    type === 'checkbox' ? [control, labelElement] : [labelElement, control],
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    h('p', { class: 'field-error', id: errorId, hidden: true }));
  wrapper.control = control;
  return wrapper;
}

/** The value of the field with that path in a form ('' when absent); checkboxes give booleans. */
export function valueOf(form, path) {
  const control = form.querySelector(`.field[data-path="${CSS.escape(path)}"]`)?.control;
  if (!control) {
    return '';
  }
  return control.type === 'checkbox' ? control.checked : control.value.trim();
}

export function clearErrors(form) {
  form.querySelectorAll('.field.invalid, .row-list.invalid').forEach((wrapper) => {
    wrapper.classList.remove('invalid');
    wrapper.control.removeAttribute('aria-invalid');
    const out = wrapper.querySelector('.field-error');
    out.textContent = '';
    out.hidden = true;
  });
}

/** The field of a path, or of its nearest parent (skills[2] -> skills; experience[0].links[1].link -> ...). */
function closestField(form, path) {
  for (let candidate = path; candidate; candidate = candidate.replace(/(\[\d+\]|\.[^.[\]]+)$/, '')) {
    const wrapper = form.querySelector(`.field[data-path="${CSS.escape(candidate)}"], .row-list[data-path="${CSS.escape(candidate)}"]`);
    if (wrapper) {
      return wrapper;
    }
    if (!/(\[\d+\]|\.[^.[\]]+)$/.test(candidate)) {
      return null;
    }
  }
  return null;
}

/**
 * Shows a validation problem's errors ({field, message}) next to their fields, after
 * removing a prefix from the API's names ('content.'). Focuses the first invalid field.
 * Returns the errors that have no field on this form, as text.
 */
export function showErrors(form, errors, prefix = '') {
  clearErrors(form);
  const unplaced = [];
  let first = null;
  for (const { field: name, message } of errors) {
    const wrapper = closestField(form, prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name);
    if (!wrapper) {
      unplaced.push(`${name}: ${message}`);
      continue;
    }
    const out = wrapper.querySelector('.field-error');
    out.textContent = out.textContent ? `${out.textContent}; ${message}` : message;
    out.hidden = false;
    wrapper.classList.add('invalid');
    wrapper.control.setAttribute('aria-invalid', 'true');
    first ??= wrapper.control;
  }
  first?.focus();
  return unplaced;
}
