// A resume or a tailored version as PDF, DOCX or JSON Resume, with the PDF previewed in
// the page. Every export is metered, so nothing is fetched until the user asks.
import { api } from '../api.js';
import { announce } from '../components/announce.js';
import { field } from '../components/fields.js';
import { problemNotice } from '../components/problem-notice.js';
import { saveFile } from '../components/save-file.js';
import { Screen } from '../components/screen.js';
import { fill, h } from '../dom.js';
import { t } from '../text.js';

const FORMATS = ['pdf', 'docx', 'json'];
// The language of the words a document adds (headings, "Present"); '' = the resume's own.
const LANGUAGES = ['', 'en', 'de', 'fr', 'es', 'ru'];

class ExportPage extends Screen {
  get heading() {
    return t('export.title');
  }

  disconnectedCallback() {
    if (this.previewUrl) {
      URL.revokeObjectURL(this.previewUrl);
    }
  }

  async load() {
    const generation = window.location.pathname.startsWith('/generations/');
    const base = generation ? `/api/generations/${this.routeId}` : `/api/resumes/${this.routeId}`;
    let name;
    let back;
    if (generation) {
      const item = await api.get(base);
      const vacancy = await api.get(`/api/vacancies/${item.vacancyId}`);
      name = t('export.generationName', vacancy.displayTitle);
      back = h('a', { href: `/generations/${this.routeId}` }, t('export.backToGeneration'));
    } else {
      const item = await api.get(base);
      name = item.title;
      back = h('a', { href: `/resumes/${this.routeId}` }, t('export.backToResume'));
    }
    this.setHeading(t('export.titleFor', name));
    this.status = h('div', { class: 'form-status', 'aria-live': 'polite' });
    this.preview = h('div', { class: 'pdf-preview' });
    const language = field({ label: t('export.language'), path: 'lang', value: '', hint: t('export.languageHint'),
      choices: LANGUAGES.map((code) => [code, t(`export.language.${code || 'auto'}`)]) });
    this.language = language.querySelector('select');
    // a preview in another language is no longer what the buttons would give
    this.language.addEventListener('change', () => fill(this.preview));
    this.show(
      h('p', {}, back),
      h('p', { class: 'lead' }, t('export.intro')),
      h('section', { class: 'card', 'aria-labelledby': 'downloads-heading' },
        h('h2', { id: 'downloads-heading' }, t('export.downloads')),
        language,
        h('p', { class: 'actions' }, FORMATS.map((format) => h('button', {
          type: 'button', class: 'secondary', onclick: () => this.download(base, format),
        }, t(`export.download.${format}`))))),
      h('section', { class: 'card', 'aria-labelledby': 'preview-heading' },
        h('h2', { id: 'preview-heading' }, t('export.preview')),
        h('p', { class: 'actions' }, h('button', { type: 'button', class: 'primary', onclick: () => this.showPreview(base, name) },
          t('export.showPreview'))),
        this.preview),
      this.status);
  }

  /** The export URL with the chosen language, if any. */
  url(base, format) {
    const lang = this.language?.value;
    return `${base}/export?format=${format}${lang ? `&lang=${lang}` : ''}`;
  }

  async download(base, format) {
    fill(this.status, h('p', { class: 'state state-loading', role: 'status' }, t('export.preparing', t(`export.format.${format}`))));
    try {
      const file = await api.download(this.url(base, format));
      saveFile(file);
      fill(this.status, h('p', { class: 'notice notice-success' }, t('export.saved', file.fileName)));
      announce(t('export.saved', file.fileName));
    } catch (error) {
      fill(this.status, problemNotice(error));
    }
  }

  async showPreview(base, name) {
    fill(this.preview, h('p', { class: 'state state-loading', role: 'status' }, t('export.preparing', 'PDF')));
    try {
      const file = await api.download(this.url(base, 'pdf'));
      if (this.previewUrl) {
        URL.revokeObjectURL(this.previewUrl);
      }
      this.previewUrl = URL.createObjectURL(new Blob([file.blob], { type: 'application/pdf' }));
      fill(this.preview, 
        h('iframe', { src: this.previewUrl, title: t('export.previewOf', name), class: 'pdf-frame' }),
        h('p', {}, h('a', { href: this.previewUrl, download: file.fileName }, t('export.savePreview', file.fileName))));
    } catch (error) {
      fill(this.preview, problemNotice(error));
    }
  }
}

customElements.define('rt-export-page', ExportPage);
