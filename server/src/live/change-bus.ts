import { EventEmitter, on } from 'node:events';
import type { ChangeEvent } from '@peta/shared';

/**
 * The in-process bus of committed changes. One server process serves every client, so an
 * EventEmitter is enough; publish only after the transaction has committed.
 */
export class ChangeBus {
  readonly #emitter = new EventEmitter();
  readonly #closed = new AbortController();

  constructor() {
    // One listener per open subscription: no fixed limit applies.
    this.#emitter.setMaxListeners(0);
  }

  publish(event: ChangeEvent): void {
    this.#emitter.emit('change', event);
  }

  /** Ends every stream of `changes`, now and later: the server is shutting down. */
  close(): void {
    this.#closed.abort();
  }

  /** Whether {@link close} was called. */
  get closed(): boolean {
    return this.#closed.signal.aborted;
  }

  /** Every event published from now until `signal` aborts or the bus closes (then it ends quietly). */
  async *changes(signal?: AbortSignal): AsyncGenerator<ChangeEvent> {
    const until = signal ? AbortSignal.any([signal, this.#closed.signal]) : this.#closed.signal;
    const events = on(this.#emitter, 'change', { signal: until }) as AsyncIterable<[ChangeEvent]>;
    try {
      for await (const [event] of events) yield event;
    } catch (error) {
      if (until.aborted) return;
      throw error;
    }
  }
}
