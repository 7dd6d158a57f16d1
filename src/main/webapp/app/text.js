// The one door to the user-facing text: t('key', ...args). Each language is one module
// under text/ with the same keys; add one there and in locale.js.
import en from './text/en.js';
import { language } from './locale.js';

export { format } from './format.js';
export { language };

const TABLES = { en };
const table = TABLES[language] ?? en;

/** The text for a key; a function entry gets the arguments. A missing key shows as ⟦key⟧ so it is noticed. */
export function t(key, ...args) {
  const entry = table[key] ?? en[key];
  if (entry === undefined) {
    return `⟦${key}⟧`;
  }
  return typeof entry === 'function' ? entry(...args) : entry;
}
