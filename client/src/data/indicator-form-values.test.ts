import { describe, expect, it } from 'vitest';
import {
  EMPTY_INDICATOR_FORM,
  parseBreaks,
  toIndicatorInput,
  validateIndicatorForm,
  type IndicatorFormValues,
} from './indicator-form-values.ts';

const filled: IndicatorFormValues = {
  ...EMPTY_INDICATOR_FORM,
  slug: 'akses-air',
  nameId: 'Akses air minum layak',
  nameEn: 'Safe drinking water access',
  unit: '%',
  producerOpd: 'DLH',
};

describe('indicator form values', () => {
  it('turns a filled form into a valid catalogue input', () => {
    expect(validateIndicatorForm(filled, 'create')).toEqual([]);
    const input = toIndicatorInput({ ...filled, referenceCode: '  ', countUnit: 'kk' });
    expect(input.referenceCode).toBeNull();
    expect(input.countUnit).toBe('kk');
    expect(input.classification).toEqual({ method: 'quantile', classes: 5, palette: 'YlOrRd' });
  });

  it('names each wrong field once: empty names, a reserved slug, an unknown OPD', () => {
    const issues = validateIndicatorForm(
      { ...filled, slug: 'flood-spots', nameId: ' ', producerOpd: 'Dinas Entah' },
      'create',
    );
    expect(issues.map((i) => i.field).sort()).toEqual(['nameId', 'producerOpd', 'slug']);
    expect(issues.find((i) => i.field === 'nameId')?.code).toBe('too_small');
  });

  it('does not check the slug when editing (it cannot change)', () => {
    expect(validateIndicatorForm({ ...filled, slug: 'Poverty!' }, 'edit')).toEqual([]);
  });

  it('reads fixed breaks with decimal commas and refuses ones that do not rise', () => {
    expect(parseBreaks('10; 20,5  30')).toEqual([10, 20.5, 30]);
    const fixed = { ...filled, method: 'fixed' as const, classes: '4' };
    expect(validateIndicatorForm({ ...fixed, fixedBreaks: '5; 10; 15' }, 'create')).toEqual([]);
    expect(
      validateIndicatorForm({ ...fixed, fixedBreaks: '10; 5; 15' }, 'create').map((i) => i.field),
    ).toEqual(['fixedBreaks']);
    expect(
      validateIndicatorForm({ ...fixed, fixedBreaks: '5; 10' }, 'create').map((i) => i.field),
    ).toEqual(['classes']);
    expect(
      validateIndicatorForm({ ...fixed, fixedBreaks: 'sepuluh' }, 'create').map((i) => i.field),
    ).toEqual(['fixedBreaks']);
  });

  it('refuses a class count outside 3–7', () => {
    const issues = validateIndicatorForm({ ...filled, classes: '9' }, 'create');
    expect(issues).toEqual([
      expect.objectContaining({ field: 'classes', code: 'too_big', limit: 7 }),
    ]);
  });
});
