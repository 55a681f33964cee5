import { recordIdSchema } from '@peta/shared';

/**
 * A record id written in a URL (`/evidence/:id`, `?meetingId=`): digits only, no sign or
 * leading zero, within the shared {@link recordIdSchema}; null for anything else.
 */
export function parseRecordIdParam(raw: unknown): number | null {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const parsed = recordIdSchema.safeParse(Number(raw));
  return parsed.success ? parsed.data : null;
}
