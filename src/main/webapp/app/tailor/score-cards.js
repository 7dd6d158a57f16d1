// The match score before and after tailoring, with its band and any cap.
import { h } from '../dom.js';
import { t } from '../text.js';

function card(label, explanation, score) {
  const band = explanation?.band;
  return h('div', { class: 'score-card' },
    h('p', { class: 'score-label' }, label),
    h('p', { class: 'score-value' }, h('span', { class: 'score-number' }, String(score)), h('span', { class: 'score-of' }, t('score.of'))),
    band ? h('p', { class: ['band', `band-${band}`] }, t('score.band', t('band', band))) : null,
    // the cap is shown where it holds the score down; far above the score it explains nothing
    explanation?.cap && score >= explanation.cap.score ? h('p', { class: 'cap' }, t('score.capped', explanation.cap.score, explanation.cap.reason,
      explanation.cap.requirements.map((r) => r.text).join(', '))) : null);
}

export function scoreCards(generation, before, after) {
  const delta = generation.matchScoreAfter - generation.matchScoreBefore;
  return h('section', { class: 'scores', 'aria-labelledby': 'scores-heading' },
    h('h2', { id: 'scores-heading' }, t('score.title')),
    h('div', { class: 'score-cards' },
      card(t('score.before'), before, generation.matchScoreBefore),
      h('p', { class: ['score-delta', delta > 0 ? 'up' : delta < 0 ? 'down' : 'same'] }, t('score.delta', delta)),
      card(t('score.after'), after, generation.matchScoreAfter)),
    h('p', { class: 'hint' }, t('score.explain')));
}
