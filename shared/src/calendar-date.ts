import { validationMessage } from './messages/validation-message.ts';
import { z } from 'zod';

/** The years a date typed into the app may fall in. */
export const FIRST_DATE_YEAR = 1900;
export const LAST_DATE_YEAR = 2100;

/**
 * A calendar date `YYYY-MM-DD` (a day that exists: no 30 February) between
 * {@link FIRST_DATE_YEAR} and {@link LAST_DATE_YEAR}; PostgreSQL has no year 0.
 */
export const calendarDateSchema = z.iso.date(validationMessage('dateFormat')).refine(
  (date) => {
    const year = Number(date.slice(0, 4));
    return year >= FIRST_DATE_YEAR && year <= LAST_DATE_YEAR;
  },
  validationMessage('dateOutOfRange', { first: FIRST_DATE_YEAR, last: LAST_DATE_YEAR }),
);
