import { EVIDENCE_MAX_BYTES } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import { evidenceFileName, evidenceProblem } from './evidence-file.ts';

describe('evidenceProblem', () => {
  it('accepts JPEG, PNG and WebP up to the limit', () => {
    expect(evidenceProblem({ type: 'image/webp', size: EVIDENCE_MAX_BYTES })).toBeNull();
    expect(evidenceProblem({ type: 'image/jpeg', size: EVIDENCE_MAX_BYTES + 1 })).toBe('tooLarge');
    expect(evidenceProblem({ type: 'image/gif', size: 10 })).toBe('wrongType');
    expect(evidenceProblem({ type: '', size: 10 })).toBe('wrongType');
  });
});

describe('evidenceFileName', () => {
  it('keeps a matching extension and fixes a missing or wrong one', () => {
    expect(evidenceFileName('tps-merjosari.JPEG', 'image/jpeg')).toBe('tps-merjosari.JPEG');
    expect(evidenceFileName('IMG_0001', 'image/jpeg')).toBe('IMG_0001.jpg');
    expect(evidenceFileName('foto.png', 'image/webp')).toBe('foto.webp');
  });
});
