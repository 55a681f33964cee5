import { describe, expect, it } from 'vitest';
import { LANGUAGES, parseLanguage } from './language.ts';
import { MESSAGE_CATALOGUES, fieldMessage, formatMessage, message } from './message.ts';

const paramsOf = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const { id, en } = MESSAGE_CATALOGUES;

  it('have the same keys in every language', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(MESSAGE_CATALOGUES[language]).sort()).toEqual(Object.keys(id).sort());
    }
  });

  it('use the same {{params}} in every language', () => {
    for (const [key, text] of Object.entries(id)) {
      expect(paramsOf(en[key as keyof typeof en]), key).toEqual(paramsOf(text));
    }
  });

  it('have no empty or untrimmed text', () => {
    for (const catalogue of Object.values(MESSAGE_CATALOGUES)) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect(text.trim(), key).toBe(text);
        expect(text.length, key).toBeGreaterThan(0);
      }
    }
  });

  it('word the same Indonesian text only once, so a zod message translates one way', () => {
    const texts = Object.values(id);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('formatMessage', () => {
  it('fills parameters, and writes dates in Malang time in the language', () => {
    const rateLimit = message('tooManyAttempts', { minutes: 15 });
    expect(formatMessage(rateLimit, 'id')).toBe(
      'Terlalu banyak percobaan gagal. Coba lagi dalam 15 menit.',
    );
    expect(formatMessage(rateLimit, 'en')).toBe('Too many failed attempts. Try again in 15 min.');
    const verified = message('updateAlreadyVerified', {
      name: 'Siti',
      time: new Date('2025-12-08T07:05:00Z'),
    });
    expect(formatMessage(verified, 'id')).toBe(
      'Pembaruan ini sudah diverifikasi oleh Siti pada 8 Des 2025, 14.05 WIB',
    );
    expect(formatMessage(verified, 'en')).toBe(
      'This update was already verified by Siti on 8 Dec 2025, 14:05 WIB',
    );
  });

  it('puts a field first, the way forms read it', () => {
    const wrong = fieldMessage('currentPassword', message('currentPasswordWrong'));
    expect(formatMessage(wrong, 'en')).toBe('currentPassword: The current password is incorrect');
  });
});

describe('parseLanguage', () => {
  it('reads id and en, and anything else as Bahasa Indonesia', () => {
    expect(parseLanguage('en')).toBe('en');
    expect(parseLanguage('id')).toBe('id');
    expect(parseLanguage('en-US')).toBe('id');
    expect(parseLanguage(undefined)).toBe('id');
    expect(parseLanguage(['en'])).toBe('id');
  });
});

describe('message', () => {
  it('takes exactly the parameters its Indonesian text names', () => {
    // @ts-expect-error: the rate-limit message needs { minutes }
    expect(message('tooManyAttempts').params).toEqual({});
    // @ts-expect-error: "Silakan masuk terlebih dahulu" has no parameters
    expect(message('signInFirst', { minutes: 1 }).params).toEqual({ minutes: 1 });
    // @ts-expect-error: a parameter the text does not name
    expect(message('meetingNotFound', { name: 'x' }).key).toBe('meetingNotFound');
  });
});
