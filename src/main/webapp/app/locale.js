// The reader's language, among those the app has text for (text/<code>.js).
export const LANGUAGES = ['en'];
const requested = (navigator.language || 'en').slice(0, 2).toLowerCase();
export const language = LANGUAGES.includes(requested) ? requested : 'en';
