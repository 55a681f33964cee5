import { describe, expect, it } from 'vitest';
import { editOf, formValues, obstacle } from './test-fixtures.ts';
import {
  changedFormFields,
  formErrorsOf,
  formValuesOf,
  isDirty,
  isUntouched,
  parsePercent,
  toUpdateInput,
} from './update-form.ts';

const NAN = 'Isi angka 0–100';

describe('parsePercent', () => {
  it('reads dots and Indonesian decimal commas', () => {
    expect(parsePercent('45')).toBe(45);
    expect(parsePercent(' 45.5 ')).toBe(45.5);
    expect(parsePercent('45,5')).toBe(45.5);
  });

  it('refuses blanks and words', () => {
    expect(parsePercent('')).toBeNull();
    expect(parsePercent('empat puluh')).toBeNull();
    expect(parsePercent('4 5')).toBeNull();
  });
});

describe('formValuesOf', () => {
  it('turns a program state into form values with an empty note', () => {
    const values = formValuesOf({
      status: 'perencanaan',
      physicalProgress: 12.5,
      financialProgress: 0,
      obstacles: [{ id: 7, description: 'DED direviu', resolved: false }],
    });
    expect(values).toEqual({
      status: 'perencanaan',
      physicalProgress: '12.5',
      financialProgress: '0',
      obstacles: [{ key: 'id-7', id: 7, description: 'DED direviu', resolved: false }],
      note: '',
    });
  });
});

describe('toUpdateInput', () => {
  it('sends only the changed fields, the note and the version the form was opened with', () => {
    const result = toUpdateInput(
      'tps',
      editOf({ physicalProgress: '55,5', note: ' Rapat ' }),
      NAN,
      'id',
    );
    expect(result).toEqual({
      ok: true,
      input: { id: 'tps', expectedVersion: 3, note: 'Rapat', physicalProgress: 55.5 },
    });
  });

  it('sends status and the whole obstacle list when they changed', () => {
    const result = toUpdateInput(
      'tps',
      editOf({
        status: 'selesai',
        obstacles: [obstacle(1, 'Lahan belum bebas', true), obstacle(undefined, ' Izin ')],
      }),
      NAN,
      'id',
    );
    expect(result.ok && result.input).toMatchObject({
      status: 'selesai',
      obstacles: [
        { id: 1, description: 'Lahan belum bebas', resolved: true },
        { description: 'Izin', resolved: false },
      ],
    });
  });

  it('drops obstacle rows added but left blank', () => {
    const result = toUpdateInput(
      'tps',
      editOf({ note: 'x', obstacles: [...formValues().obstacles, obstacle(undefined, '  ')] }),
      NAN,
      'id',
    );
    expect(result.ok && result.input.obstacles).toBeUndefined();
  });

  it('puts zod and number messages next to their fields', () => {
    const result = toUpdateInput(
      'tps',
      editOf({
        physicalProgress: '',
        financialProgress: '120',
        obstacles: [obstacle(1, '   ')],
      }),
      NAN,
      'id',
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        physicalProgress: NAN,
        financialProgress: 'Persentase tidak boleh lebih dari 100',
        obstacles: 'Uraian kendala wajib diisi',
      },
    });
  });

  it('words the zod messages in the UI language', () => {
    const result = toUpdateInput(
      'tps',
      editOf({ financialProgress: '120', obstacles: [obstacle(1, '   ')] }),
      'Enter a number 0–100',
      'en',
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        financialProgress: 'Percentage cannot be more than 100',
        obstacles: 'Obstacle description is required',
      },
    });
  });
});

describe('isDirty', () => {
  it('is false until something differs from where the edit started', () => {
    expect(isDirty(editOf({}))).toBe(false);
    expect(isDirty(editOf({ note: '  ' }))).toBe(false);
    expect(isDirty(editOf({ note: 'lapor' }))).toBe(true);
    expect(isDirty(editOf({ financialProgress: '31' }))).toBe(true);
    expect(isDirty(editOf({ obstacles: [obstacle(1, 'Lahan belum bebas')] }))).toBe(true);
  });
});

describe('isUntouched / changedFormFields', () => {
  it('keeps a blank row the user just added, though saving would ignore it', () => {
    const added = editOf({ obstacles: [...formValues().obstacles, obstacle(undefined, '')] });
    expect(isUntouched(editOf({}))).toBe(true);
    expect(isUntouched(added)).toBe(false);
    expect(isDirty(added)).toBe(false);
  });

  it('names the fields the user changed', () => {
    expect(
      changedFormFields(editOf({ status: 'selesai', financialProgress: '31', note: 'x' })),
    ).toEqual(['status', 'financialProgress']);
  });
});

describe('formErrorsOf', () => {
  it("keeps the first server message of the form's fields", () => {
    expect(
      formErrorsOf({ note: ['Catatan maksimal 2000 karakter', 'x'], id: ['ID salah'] }),
    ).toEqual({ note: 'Catatan maksimal 2000 karakter' });
  });
});
