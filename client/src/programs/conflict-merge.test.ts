import { describe, expect, it } from 'vitest';
import { mergeObstacles, reapplyOnConflict } from './conflict-merge.ts';
import { editOf, formValues, obstacle } from './test-fixtures.ts';

describe('reapplyOnConflict', () => {
  it("keeps the user's changed fields and takes the others from the new version", () => {
    const mine = editOf({ physicalProgress: '55', note: 'Box culvert 1.100 m' });
    const theirs = formValues({ status: 'tertunda', financialProgress: '35' });
    const merged = reapplyOnConflict(mine, theirs, 5);
    expect(merged.baseVersion).toBe(5);
    expect(merged.base).toEqual(theirs);
    expect(merged.values).toMatchObject({
      status: 'tertunda',
      physicalProgress: '55',
      financialProgress: '35',
      note: 'Box culvert 1.100 m',
    });
  });

  it("lets the user's value win where both changed the same field", () => {
    const merged = reapplyOnConflict(
      editOf({ status: 'selesai' }),
      formValues({ status: 'tertunda' }),
      4,
    );
    expect(merged.values.status).toBe('selesai');
  });

  it('never loses the note', () => {
    const merged = reapplyOnConflict(
      editOf({ note: 'Catatan panjang\nbaris dua' }),
      formValues(),
      4,
    );
    expect(merged.values.note).toBe('Catatan panjang\nbaris dua');
  });
});

describe('mergeObstacles', () => {
  const base = [obstacle(1, 'Lahan belum bebas'), obstacle(2, 'Cuaca')];

  it("applies the user's edit to an obstacle the other person left alone", () => {
    const mine = [obstacle(1, 'Lahan belum bebas', true), obstacle(2, 'Cuaca')];
    const theirs = [...base, obstacle(3, 'Material terlambat')];
    expect(mergeObstacles(base, mine, theirs)).toEqual([
      obstacle(1, 'Lahan belum bebas', true),
      obstacle(2, 'Cuaca'),
      obstacle(3, 'Material terlambat'),
    ]);
  });

  it('removes what the user removed and adds what the user added', () => {
    const mine = [obstacle(2, 'Cuaca'), obstacle(undefined, 'Izin galian')];
    const merged = mergeObstacles(base, mine, base);
    expect(merged.map((o) => [o.id, o.description])).toEqual([
      [2, 'Cuaca'],
      [undefined, 'Izin galian'],
    ]);
  });

  it('adds an edited obstacle back as new when the other person removed it', () => {
    const mine = [obstacle(1, 'Lahan sebagian bebas'), obstacle(2, 'Cuaca')];
    const theirs = [obstacle(2, 'Cuaca')];
    const merged = mergeObstacles(base, mine, theirs);
    expect(merged).toHaveLength(2);
    expect(merged[1]).toMatchObject({ description: 'Lahan sebagian bebas' });
    expect(merged[1]?.id).toBeUndefined();
  });

  it("keeps the other person's edit of an obstacle the user did not touch", () => {
    const theirs = [obstacle(1, 'Lahan bebas 80%'), obstacle(2, 'Cuaca')];
    expect(mergeObstacles(base, base, theirs)).toEqual(theirs);
  });
});
