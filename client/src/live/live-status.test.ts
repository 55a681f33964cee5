import { describe, expect, it } from 'vitest';
import { nextLiveStatus, type LiveSignal, type LiveStatus } from './live-status.ts';

const run = (signals: LiveSignal[], from: LiveStatus = 'off') =>
  signals.reduce<LiveStatus[]>(
    (states, signal) => [...states, nextLiveStatus(states.at(-1) ?? from, signal)],
    [],
  );

describe('nextLiveStatus', () => {
  it('goes connecting → live on a first connection', () => {
    expect(run([{ type: 'connecting', failed: false }, { type: 'started' }])).toEqual([
      'connecting',
      'live',
    ]);
  });

  it('shows a dropped connection as lost through every retry until it is back', () => {
    expect(
      run(
        [
          { type: 'connecting', failed: true },
          { type: 'connecting', failed: false },
          { type: 'error' },
          { type: 'connecting', failed: false },
          { type: 'started' },
        ],
        'live',
      ),
    ).toEqual(['lost', 'lost', 'lost', 'lost', 'live']);
  });

  it('treats a second attempt before any start as a failed first one', () => {
    expect(
      run([
        { type: 'connecting', failed: false },
        { type: 'connecting', failed: false },
      ]),
    ).toEqual(['connecting', 'lost']);
  });

  it('is off once the subscription stops (signed out)', () => {
    expect(nextLiveStatus('lost', { type: 'stopped' })).toBe('off');
  });
});
