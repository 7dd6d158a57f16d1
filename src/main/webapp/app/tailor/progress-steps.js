// The steps of a generation as the server streams them: done, under way, or to come.
import { fill, h } from '../dom.js';
import { t } from '../text.js';

const STEPS = ['loading', 'scoring-base-resume', 'tailoring', 'validating', 'checking-facts', 'scoring-tailored-resume', 'storing'];

export function progressSteps() {
  const steps = [...STEPS];
  const list = h('ol', { class: 'steps' });
  const live = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const element = h('section', { class: 'card progress', 'aria-labelledby': 'progress-heading' },
    h('h2', { id: 'progress-heading' }, t('tailor.progress')), list, live);
  let current = -1;
  const MARKS = { done: '✓', active: '…', failed: '✗', waiting: '·' };

  function render(finished = false, failed = false) {
    fill(list, ...steps.map((step, i) => {
      let state = finished || i < current ? 'done' : i === current ? 'active' : 'waiting';
      if (failed && i === current) {
        state = 'failed';
      }
      return h('li', { class: `step step-${state}`, dataset: { step } },
        h('span', { class: 'step-mark', 'aria-hidden': 'true' }, MARKS[state]),
        t(`step.${step}`),
        h('span', { class: 'visually-hidden' }, ` (${t(`step.state.${state}`)})`));
    }));
  }

  element.advance = (step) => {
    if (!steps.includes(step)) {
      steps.push(step);
    }
    current = steps.indexOf(step);
    live.textContent = t(`step.${step}`);
    render();
  };
  element.fail = () => render(false, true);
  element.finish = () => {
    live.textContent = t('tailor.finished');
    render(true);
  };
  render();
  return element;
}
