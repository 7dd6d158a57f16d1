// One tailored resume: the scores before and after, the requirements matched and missing,
// the base and tailored resume side by side with the fact-check's warnings, and how long
// it is kept. Export or delete it from here.
import { api } from '../api.js';
import { confirmDelete } from '../components/confirm-dialog.js';
import { problemNotice } from '../components/problem-notice.js';
import { Screen } from '../components/screen.js';
import { fill, h } from '../dom.js';
import { navigate } from '../router.js';
import { t } from '../text.js';
import { deleteGeneration } from './generations-list.js';
import { explanation, highlightTerms, requirementsOf } from './report-shape.js';
import { requirementsTable } from './requirements-table.js';
import { scoreCards } from './score-cards.js';
import { sideBySide } from './side-by-side.js';

class GenerationPage extends Screen {
  get heading() {
    return t('generation.title');
  }

  async load() {
    const generation = await api.get(`/api/generations/${this.routeId}`);
    const [vacancy, base] = await Promise.all([
      api.get(`/api/vacancies/${generation.vacancyId}`),
      api.get(`/api/resumes/${generation.resumeId}`),
    ]);
    this.render(generation, vacancy, base);
  }

  render(generation, vacancy, base) {
    this.setHeading(t('generation.titleFor', vacancy.displayTitle));
    const requirements = requirementsOf(vacancy);
    const before = explanation(generation.before, requirements);
    const after = explanation(generation.after, requirements);
    this.status = h('div', { class: 'form-status' });
    this.show(
      h('p', { class: 'meta' },
        t('generation.made', generation.generatedAt, base.title), ' · ', t('generation.engine', generation.engine), ' · ',
        h('strong', {}, t('generations.expires', generation.daysUntilExpiry))),
      h('p', { class: 'actions' },
        h('a', { href: `/generations/${generation.id}/export`, class: 'button primary' }, t('generation.export')),
        h('a', { href: `/vacancies/${vacancy.id}`, class: 'button secondary' }, t('generation.toVacancy')),
        h('button', { type: 'button', class: 'danger', onclick: () => this.remove(generation) }, t('generations.delete'))),
      this.status,
      generation.warnings?.length
        ? h('p', { class: 'notice notice-warning' }, t('generation.warnings', generation.warnings.length)) : null,
      scoreCards(generation, before, after),
      requirementsTable(before, after),
      sideBySide({ base: base.content, generation, terms: highlightTerms(before, after) }));
  }

  async remove(generation) {
    try {
      if (await confirmDelete(deleteGeneration(generation))) {
        navigate(`/vacancies/${generation.vacancyId}`);
      }
    } catch (error) {
      fill(this.status, problemNotice(error));
    }
  }
}

customElements.define('rt-generation-page', GenerationPage);
