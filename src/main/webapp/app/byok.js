// Own API keys (BYOK). A key is kept only in this browser (localStorage, per user and
// provider) and leaves it only as the X-LLM-Provider / X-LLM-Key headers of a call the
// user chose to pay with it. The server learns the last four characters, nothing more.

const PREFIX = 'resume-tailor.byok.';
export const PROVIDERS = ['openai', 'gemini'];
export const PLATFORM = 'platform';

function slot(userId, name) {
  return `${PREFIX}${userId}.${name}`;
}

export function keyFor(userId, provider) {
  return localStorage.getItem(slot(userId, provider));
}

export function saveKey(userId, provider, key) {
  localStorage.setItem(slot(userId, provider), key.trim());
}

export function removeKey(userId, provider) {
  localStorage.removeItem(slot(userId, provider));
  if (preferred(userId) === provider) {
    setPreferred(userId, PLATFORM);
  }
}

/** Removes every key and choice of this user from the browser (on account deletion). */
export function forgetUser(userId) {
  Object.keys(localStorage).filter((name) => name.startsWith(`${PREFIX}${userId}.`))
    .forEach((name) => localStorage.removeItem(name));
}

export function lastFour(key) {
  return key.trim().slice(-4);
}

/** Providers with a key in this browser. */
export function available(userId) {
  return PROVIDERS.filter((provider) => keyFor(userId, provider));
}

/** Who pays by default: 'platform' or a provider with a key here. */
export function preferred(userId) {
  const choice = localStorage.getItem(slot(userId, 'preferred'));
  return choice && (choice === PLATFORM || keyFor(userId, choice)) ? choice : PLATFORM;
}

export function setPreferred(userId, choice) {
  localStorage.setItem(slot(userId, 'preferred'), choice);
}

/** The headers of one call paid with the chosen key; none for the platform. */
export function headersFor(userId, choice) {
  const key = choice && choice !== PLATFORM ? keyFor(userId, choice) : null;
  return key ? { 'X-LLM-Provider': choice, 'X-LLM-Key': key } : {};
}
