import type { ProgramFollowUp } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import { layersToToggle } from './layer-toggles.ts';
import { openFollowUps, openObstacles } from './open-items.ts';

describe('layersToToggle', () => {
  it('hides the other layers and shows the wanted one', () => {
    expect(layersToToggle(['poverty', 'flood-spots'], ['stunting'])).toEqual([
      'poverty',
      'flood-spots',
      'stunting',
    ]);
    expect(layersToToggle(['stunting'], ['stunting'])).toEqual([]);
    expect(layersToToggle([], ['rtlh'])).toEqual(['rtlh']);
  });
});

const followUp = (id: number, dueDate: string | null, done = false): ProgramFollowUp => ({
  id,
  programId: 'tps',
  description: `tindak lanjut ${String(id)}`,
  ownerOpd: 'DLH',
  dueDate,
  done,
  doneAt: null,
  createdAt: '2025-01-01T00:00:00Z',
  createdByName: null,
  source: 'uji',
});

describe('open items', () => {
  it('lists open follow-ups soonest due first, undated last, done ones left out', () => {
    const list = [
      followUp(1, null),
      followUp(2, '2025-03-01'),
      followUp(3, '2025-01-15', true),
      followUp(4, '2025-02-01'),
    ];
    expect(openFollowUps(list).map((f) => f.id)).toEqual([4, 2, 1]);
  });

  it('keeps only unresolved obstacles', () => {
    const obstacles = [
      { id: 1, description: 'a', resolved: true, source: 's' },
      { id: 2, description: 'b', resolved: false, source: 's' },
    ];
    expect(openObstacles(obstacles).map((o) => o.id)).toEqual([2]);
  });
});
