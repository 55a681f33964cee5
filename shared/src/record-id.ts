import { z } from 'zod';
import { validationMessage } from './messages/validation-message.ts';

/** The largest PostgreSQL `integer`: every id and version column is one. */
export const MAX_RECORD_ID = 2_147_483_647;

/** The id of a stored record (user, meeting, follow-up, …): a positive `integer`. */
export const recordIdSchema = z
  .number({ error: validationMessage('idNotNumber') })
  .int(validationMessage('idNotInteger'))
  .positive(validationMessage('idInvalid'))
  .max(MAX_RECORD_ID, validationMessage('idTooLarge'));

/** A record version, as `programs.update` takes it back in `expectedVersion`. */
export const versionSchema = z
  .number()
  .int(validationMessage('versionNotInteger'))
  .min(1, validationMessage('versionInvalid'))
  .max(MAX_RECORD_ID, validationMessage('versionInvalid'));
