import { describe, expect, it } from 'vitest';
import { viewportZoom } from './use-viewport-zoom.ts';

describe('viewportZoom', () => {
  it('enlarges pixel-sized parts with the screen height, from 1× to at most 3×', () => {
    expect(viewportZoom(600)).toBe(1);
    expect(viewportZoom(1080)).toBe(1.35);
    expect(viewportZoom(2160)).toBe(2.7);
    expect(viewportZoom(4320)).toBe(3);
  });
});
