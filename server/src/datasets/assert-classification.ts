import { fieldMessage, message, type IndicatorMetadata } from '@peta/shared';
import { LocalizedError } from '../errors.ts';

/**
 * BAD_REQUEST (on the field `classification.classes`) when a fixed classification's class
 * count does not match its breaks: n inner breaks make n + 1 classes.
 */
export function assertClassification(classification: IndicatorMetadata['classification']): void {
  const breaks = classification.fixedBreaks;
  if (classification.method !== 'fixed' || breaks === undefined) return;
  if (classification.classes === breaks.length + 1) return;
  throw new LocalizedError(
    'BAD_REQUEST',
    fieldMessage(
      'classification.classes',
      message('fixedBreaksClasses', { breaks: breaks.length, classes: breaks.length + 1 }),
    ),
  );
}
