import { describe, expect, it } from 'vitest';
import { StepAnnouncer } from './step-announcer.ts';

/** A request the test answers by hand. */
interface Pending {
  readonly step: number;
  settle(ok: boolean): Promise<void>;
}

function announcerWithManualNetwork() {
  const pending: Pending[] = [];
  const results: unknown[] = [];
  const announcer = new StepAnnouncer(
    (step) =>
      new Promise<void>((resolve, reject) => {
        pending.push({
          step,
          settle: async (ok) => {
            if (ok) resolve();
            else reject(new Error(`step ${String(step)} refused`));
            // Let the announcer see the answer and send what comes next.
            await new Promise((r) => setTimeout(r, 0));
          },
        });
      }),
    (failure) => results.push(failure),
  );
  return { announcer, pending, results };
}

describe('StepAnnouncer', () => {
  it('sends one step at a time and then only the newest', async () => {
    const { announcer, pending, results } = announcerWithManualNetwork();
    announcer.announce(1);
    announcer.announce(2);
    announcer.announce(3);
    expect(pending.map((p) => p.step)).toEqual([1]);
    await pending[0]?.settle(true);
    expect(pending.map((p) => p.step)).toEqual([1, 3]);
    await pending[1]?.settle(true);
    expect(pending).toHaveLength(2);
    expect(results).toEqual([null, null]);
  });

  it('reports a failure and clears it when a later step gets through', async () => {
    const { announcer, pending, results } = announcerWithManualNetwork();
    announcer.announce(4);
    await pending[0]?.settle(false);
    expect(results).toHaveLength(1);
    expect(String(results[0])).toContain('step 4 refused');
    announcer.announce(5);
    await pending[1]?.settle(true);
    expect(results[1]).toBeNull();
  });

  it('sends a step again when announced again (a restarted server has forgotten it)', async () => {
    const { announcer, pending } = announcerWithManualNetwork();
    announcer.announce(2);
    await pending[0]?.settle(true);
    announcer.announce(2);
    expect(pending.map((p) => p.step)).toEqual([2, 2]);
  });
});
