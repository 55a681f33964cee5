import type { Message } from '@peta/shared';

/**
 * Why a file (or request) cannot be imported at all: a catalogue message and the HTTP status to
 * answer with. Thrown by the engine's readers, turned into `{ error: { message } }` by the routes.
 */
export class ImportRefusal extends Error {
  readonly localized: Message;
  readonly status: number;

  constructor(localized: Message, status = 422) {
    super(localized.key);
    this.name = 'ImportRefusal';
    this.localized = localized;
    this.status = status;
  }
}
