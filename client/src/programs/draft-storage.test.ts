import { describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, saveDraft, type DraftStorage } from './draft-storage.ts';
import { editOf } from './test-fixtures.ts';

function memoryStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

describe('draft storage', () => {
  it('keeps a draft per program until it is cleared', () => {
    const storage = memoryStorage();
    const draft = editOf({ note: 'Belum selesai diketik', physicalProgress: '4' });
    saveDraft(storage, 'tps', draft);
    expect(loadDraft(storage, 'tps')).toEqual(draft);
    expect(loadDraft(storage, 'pasar-besar')).toBeNull();
    clearDraft(storage, 'tps');
    expect(loadDraft(storage, 'tps')).toBeNull();
  });

  it('ignores unreadable or foreign content', () => {
    const storage = memoryStorage();
    storage.setItem('peta.programDraft.v1.tps', '{not json');
    expect(loadDraft(storage, 'tps')).toBeNull();
    storage.setItem('peta.programDraft.v1.tps', JSON.stringify({ baseVersion: 'x' }));
    expect(loadDraft(storage, 'tps')).toBeNull();
  });

  it('works without storage and survives a storage that throws', () => {
    const draft = editOf({ note: 'x' });
    expect(loadDraft(null, 'tps')).toBeNull();
    saveDraft(null, 'tps', draft);
    const failing: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => {
      saveDraft(failing, 'tps', draft);
      clearDraft(failing, 'tps');
    }).not.toThrow();
    expect(loadDraft(failing, 'tps')).toBeNull();
  });
});
