// Import a DOCX or PDF: by the file picker or by dropping a file, with the upload's
// progress and then the server's reading of it. On success the parsed resume opens for review.
import { api } from '../api.js';
import { field } from '../components/fields.js';
import { keySwitch } from '../components/key-switch.js';
import { problemNotice } from '../components/problem-notice.js';
import { fill, h, uid } from '../dom.js';
import { t } from '../text.js';

const ACCEPT = '.docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function resumeUpload({ onImported, onIncomplete }) {
  const inputId = uid('file');
  const title = field({ label: t('upload.titleLabel'), path: 'title', hint: t('upload.titleHint') });
  const payer = keySwitch();
  const status = h('div', { class: 'upload-status', 'aria-live': 'polite' });
  const input = h('input', { type: 'file', id: inputId, accept: ACCEPT, class: 'file-input' });
  const zone = h('div', { class: 'drop-zone' },
    h('p', {}, t('upload.drop')),
    input,
    h('label', { for: inputId, class: 'button secondary' }, t('upload.choose')),
    h('p', { class: 'hint' }, t('upload.limits')));
  let busy = false;

  async function upload(file) {
    if (!file || busy) {
      return;
    }
    busy = true;
    zone.classList.add('busy');
    const progress = h('progress', { max: '100', value: '0', 'aria-label': t('upload.progressLabel') });
    const label = h('span', {}, t('upload.uploading', file.name, 0));
    fill(status, h('div', { class: 'progress-line' }, label, progress));
    const form = new FormData();
    form.append('file', file, file.name);
    if (title.control.value.trim()) {
      form.append('title', title.control.value.trim());
    }
    try {
      const result = await api.upload('/api/resumes', form, {
        headers: payer.headers(),
        onProgress: (share) => {
          const percent = Math.round(share * 100);
          progress.value = percent;
          label.textContent = share < 1 ? t('upload.uploading', file.name, percent) : t('upload.reading', file.name);
          if (share >= 1) {
            progress.removeAttribute('value');
          }
        },
      });
      fill(status, h('p', { class: 'notice notice-success' }, t('upload.done', result.resume.title)));
      onImported(result);
    } catch (error) {
      const partial = error.kind === 'incomplete-resume' ? error.problem.resume?.content : null;
      if (partial && onIncomplete) {
        // the file was read but shows no name or email: complete what was read instead of starting over
        onIncomplete({ title: title.control.value.trim() || file.name.replace(/\.[^.]+$/, ''), content: partial,
          uncertainFields: error.problem.uncertainFields ?? [], detail: error.detail });
        return;
      }
      fill(status, problemNotice(error));
    } finally {
      busy = false;
      zone.classList.remove('busy');
      input.value = '';
    }
  }

  input.addEventListener('change', () => upload(input.files[0]));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    upload(event.dataTransfer.files[0]);
  });

  return h('section', { class: 'card upload', 'aria-labelledby': 'upload-heading' },
    h('h2', { id: 'upload-heading' }, t('upload.heading')),
    title, payer, zone, status);
}
