/**
 * Sends a presenter's step moves one request at a time; when a request returns and the step
 * moved meanwhile, only the newest step is sent. Requests in parallel could arrive out of order
 * and leave followers on an older step.
 */
export class StepAnnouncer {
  #wanted: number | null = null;
  #sending = false;

  constructor(
    private readonly send: (step: number) => Promise<unknown>,
    /** The failure's reason, or null once a step got through. */
    private readonly onResult: (failure: unknown) => void,
  ) {}

  announce(step: number): void {
    this.#wanted = step;
    void this.#drain();
  }

  async #drain(): Promise<void> {
    if (this.#sending) return;
    this.#sending = true;
    let sent: number | null = null;
    while (this.#wanted !== null && this.#wanted !== sent) {
      sent = this.#wanted;
      try {
        await this.send(sent);
        this.onResult(null);
      } catch (failure) {
        this.onResult(failure);
      }
    }
    this.#sending = false;
  }
}
