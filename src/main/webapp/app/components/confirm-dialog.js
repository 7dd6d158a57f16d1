// Asks before something that cannot be undone. A modal <dialog>: focus stays inside,
// Escape cancels, and focus returns to where it was.
import { api } from '../api.js';
import { h, uid } from '../dom.js';
import { t } from '../text.js';
import { announce } from './announce.js';

export function confirmAction({ title, message, confirmLabel, danger = true }) {
  return new Promise((resolve) => {
    const opener = document.activeElement;
    const headingId = uid('dialog');
    const messageId = `${headingId}-message`;
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': headingId, 'aria-describedby': messageId },
      h('h2', { id: headingId }, title),
      h('p', { id: messageId }, message),
      h('form', { method: 'dialog', class: 'actions' },
        h('button', { value: 'cancel', class: 'secondary', autofocus: true }, t('dialog.cancel')),
        h('button', { value: 'confirm', class: danger ? 'danger' : 'primary' }, confirmLabel)));
    dialog.addEventListener('close', () => {
      dialog.remove();
      opener?.focus?.();
      resolve(dialog.returnValue === 'confirm');
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/**
 * Asks, then deletes with DELETE path and announces it; true when deleted, false when the
 * user said no. An API error is thrown to the caller, which shows it where it belongs.
 */
export async function confirmDelete({ title, message, confirmLabel, path, announcement }) {
  if (!await confirmAction({ title, message, confirmLabel })) {
    return false;
  }
  await api.remove(path);
  announce(announcement);
  return true;
}
