import { describe, expect, it } from 'vitest';
import { buildDisplayUrl } from './display-url.ts';

describe('buildDisplayUrl', () => {
  it('points at /layar with the token as a query parameter', () => {
    expect(buildDisplayUrl('https://peta.example.go.id', 'abc_DEF-123')).toBe(
      'https://peta.example.go.id/layar?token=abc_DEF-123',
    );
  });

  it('keeps the port and encodes characters that are not URL-safe', () => {
    expect(buildDisplayUrl('http://127.0.0.1:3205', 'a+b/c=')).toBe(
      'http://127.0.0.1:3205/layar?token=a%2Bb%2Fc%3D',
    );
  });
});
