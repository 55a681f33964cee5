import { z } from 'zod';
import { validationMessage } from './messages/validation-message.ts';
import { recordIdSchema } from './record-id.ts';
import { safeText } from './safe-text.ts';

/** Largest map snapshot PNG the meeting report accepts. */
export const MAP_SNAPSHOT_MAX_BYTES = 8 * 1024 * 1024;

/** `POST /export/report.pdf` body: the meeting, and a PNG of the current map view. */
export const reportPdfRequestSchema = z.object({
  meetingId: recordIdSchema.optional(),
  /** Base64, optionally as a `data:image/png;base64,` URL. */
  mapPngBase64: safeText()
    .max(Math.ceil(MAP_SNAPSHOT_MAX_BYTES / 3) * 4 + 64, validationMessage('mapImageTooLarge'))
    .optional(),
});
export type ReportPdfRequest = z.infer<typeof reportPdfRequestSchema>;
