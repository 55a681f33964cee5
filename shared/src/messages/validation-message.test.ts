import { describe, expect, it } from 'vitest';
import { passwordSchema } from '../auth.ts';
import { evidenceUploadInputSchema } from '../program-details.ts';
import { translateValidationMessage } from './validation-message.ts';

describe('translateValidationMessage', () => {
  it('gives the Indonesian text of a shared schema in English, parameters included', () => {
    const issue = passwordSchema.safeParse('short').error?.issues[0];
    expect(issue?.message).toBe('Kata sandi minimal 10 karakter');
    expect(translateValidationMessage(issue?.message ?? '', 'en')).toBe(
      'Password must be at least 10 characters',
    );
    expect(translateValidationMessage(issue?.message ?? '', 'id')).toBe(
      'Kata sandi minimal 10 karakter',
    );
    const photo = evidenceUploadInputSchema.safeParse({
      programId: 'x',
      fileName: 'a.png',
      dataBase64: 'x'.repeat(8_000_000),
    });
    expect(translateValidationMessage(photo.error?.issues[0]?.message ?? '', 'en')).toBe(
      'Photos may be at most 5 MB',
    );
  });

  it('leaves zod’s own messages as they are', () => {
    expect(translateValidationMessage('Invalid input: expected string', 'en')).toBe(
      'Invalid input: expected string',
    );
  });
});
