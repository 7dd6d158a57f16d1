// Builds DOM nodes. Text is always set as text and never parsed as HTML, so nothing a
// user or the API wrote can become markup; no style attributes (the CSP forbids them).

const PROPERTIES = new Set(['value', 'checked', 'selected', 'indeterminate', 'files']);
let ids = 0;

/** A unique id for label/aria wiring. */
export function uid(prefix = 'id') {
  ids += 1;
  return `${prefix}-${ids}`;
}

function set(element, props) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'class') {
      element.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (PROPERTIES.has(key)) {
      element[key] = value;
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

/** Appends children: nodes, strings, numbers; arrays are flattened, null and false skipped. */
export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces a node's children (null and false skipped, unlike replaceChildren). */
export function fill(parent, ...children) {
  parent.replaceChildren();
  return append(parent, ...children);
}

/** An HTML element: h('button', {type: 'button', onclick}, 'Save'). */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  set(element, props);
  return append(element, ...children);
}

/** An SVG element. */
export function s(tag, props, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  set(element, props);
  return append(element, ...children);
}

/** Text with every occurrence of the terms wrapped in <mark>, matched case-insensitively at word edges. */
export function marked(text, terms) {
  const usable = (terms ?? []).filter((term) => term && term.trim().length > 1);
  if (!text || usable.length === 0) {
    return [text ?? ''];
  }
  const escaped = usable.map((term) => term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) {
      parts.push(text.slice(last, match.index));
    }
    parts.push(h('mark', { class: 'keyword' }, match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length) {
    parts.push(text.slice(last));
  }
  return parts;
}

// Runs `work` when the form is submitted, once at a time: while it runs the form is busy and
// its submit buttons are disabled, so a double click (or Enter pressed twice) sends one request
// (two quick clicks on "Add vacancy" used to create two vacancies).
export function onSubmitOnce(form, work) {
  let busy = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    const buttons = [...form.querySelectorAll('button[type=submit]')];
    buttons.forEach((button) => { button.disabled = true; });
    form.setAttribute('aria-busy', 'true');
    try {
      await work();
    } finally {
      busy = false;
      buttons.forEach((button) => { button.disabled = false; });
      form.removeAttribute('aria-busy');
    }
  });
}
