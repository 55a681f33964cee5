import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from './neutralize-formula.ts';

describe('neutralizeFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example")', `'=HYPERLINK("http://evil.example")`],
    ['+1+cmd|/C calc!A0', "'+1+cmd|/C calc!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('prefixes text that starts like a formula: %j', (text, written) => {
    expect(neutralizeFormula(text)).toBe(written);
  });

  it.each(['Arjosari', 'Rp 1.000 = Rp 1.000', 'Lowokwaru - Tlogomas', '', "'=already"])(
    'leaves other text as it is: %j',
    (text) => {
      expect(neutralizeFormula(text)).toBe(text);
    },
  );
});
