// Dates, numbers and money in the reader's language.
import { language } from './locale.js';

export const format = {
  date(iso) {
    return iso ? new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso)) : '';
  },
  dateTime(iso) {
    return iso ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '';
  },
  number(value) {
    return new Intl.NumberFormat(language).format(value ?? 0);
  },
  money(value) {
    return new Intl.NumberFormat(language, { style: 'currency', currency: 'USD', maximumFractionDigits: 4 }).format(Number(value ?? 0));
  },
};
