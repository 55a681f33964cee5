import { EventEmitter, on } from 'node:events';
import type { ChangeEvent } from '@peta/shared';

/**
 * The in-process bus of committed changes. One server process serves every client, so an
 * EventEmitter is enough; publish only after the transaction has committed.
 */
export class ChangeBus {
  readonly #emitter = new EventEmitter();

  constructor() {
    // One listener per open subscription: no fixed limit applies.
    this.#emitter.setMaxListeners(0);
  }

  publish(event: ChangeEvent): void {
    this.#emitter.emit('change', event);
  }

  /** Every event published from now until `signal` aborts (then it ends quietly). */
  async *changes(signal?: AbortSignal): AsyncGenerator<ChangeEvent> {
    const events = on(this.#emitter, 'change', signal ? { signal } : {}) as AsyncIterable<
      [ChangeEvent]
    >;
    try {
      for await (const [event] of events) yield event;
    } catch (error) {
      if (signal?.aborted) return;
      throw error;
    }
  }
}
