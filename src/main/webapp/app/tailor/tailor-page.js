// Tailor a resume to a vacancy: pick the resume and who pays, then follow the steps as
// the server streams them; the result opens when it is stored.
import { api } from '../api.js';
import { keySwitch } from '../components/key-switch.js';
import { problemNotice } from '../components/problem-notice.js';
import { Screen } from '../components/screen.js';
import { empty } from '../components/states.js';
import { fill, h, uid } from '../dom.js';
import { navigate } from '../router.js';
import { t } from '../text.js';
import { progressSteps } from './progress-steps.js';

class TailorPage extends Screen {
  get heading() {
    return t('tailor.title');
  }

  async load() {
    const [vacancy, resumes] = await Promise.all([
      api.get(`/api/vacancies/${this.routeId}`),
      api.get('/api/resumes?size=100'),
    ]);
    this.setHeading(t('tailor.titleFor', vacancy.displayTitle));
    if (resumes.total === 0) {
      this.show(empty(t('tailor.noResumes'), h('a', { href: '/resumes' }, t('nav.resumes'))));
      return;
    }
    const name = uid('resume');
    const payer = keySwitch();
    this.status = h('div', { class: 'tailor-status' });
    const form = h('form', { class: 'card tailor-form', novalidate: true },
      h('fieldset', {},
        h('legend', {}, t('tailor.pickResume')),
        resumes.items.map((resume, i) => h('div', { class: 'field-check' },
          h('input', { type: 'radio', name, id: `${name}-${i}`, value: resume.id, checked: i === 0 }),
          h('label', { for: `${name}-${i}` }, resume.title, h('span', { class: 'meta' }, ` · ${t('resume.updated', resume.updatedAt)}`))))),
      payer,
      h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('tailor.start'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.tailor(form, form.querySelector(`input[name="${name}"]:checked`).value, payer.headers());
    });
    // without requirements the score has nothing to count: say so before a tailoring is spent
    const noRequirements = (vacancy.requirements ?? []).length === 0
      ? h('div', { class: 'notice notice-warning', role: 'note' },
        h('p', {}, t('tailor.noRequirements')),
        h('p', {}, h('a', { href: `/vacancies/${vacancy.id}` }, t('tailor.addRequirements'))))
      : null;
    this.show(
      h('p', { class: 'lead' }, t('tailor.intro')),
      h('p', {}, h('a', { href: `/vacancies/${vacancy.id}` }, t('tailor.backToVacancy'))),
      noRequirements, form, this.status);
  }

  async tailor(form, resumeId, headers) {
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    const steps = progressSteps();
    fill(this.status, steps);
    try {
      const generation = await api.stream(`/api/vacancies/${this.routeId}/generations`, { resumeId },
        { headers, onProgress: (step) => steps.advance(step) });
      steps.finish();
      navigate(`/generations/${generation.id}`);
    } catch (error) {
      steps.fail();
      fill(this.status, steps, problemNotice(error));
      this.status.querySelector('[role="alert"]').scrollIntoView({ block: 'center' });
      button.disabled = false;
    }
  }
}

customElements.define('rt-tailor-page', TailorPage);
