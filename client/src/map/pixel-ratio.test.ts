import { describe, expect, it } from 'vitest';
import { cappedPixelRatio } from './pixel-ratio.ts';

const BUDGET = 6_000_000;

describe('cappedPixelRatio', () => {
  it('keeps the device ratio when the canvas fits the budget', () => {
    expect(cappedPixelRatio(1280, 800, 2, BUDGET)).toBe(2);
    expect(cappedPixelRatio(1920, 1080, 1, BUDGET)).toBe(1);
  });

  it('lowers the ratio of a full-screen 4K canvas to the budget', () => {
    const ratio = cappedPixelRatio(3840, 2160, 1, BUDGET);
    expect(ratio).toBeLessThan(1);
    expect(3840 * ratio * 2160 * ratio).toBeCloseTo(BUDGET, -3);
    // 4K at 200 % scaling: the same device pixels, so the same budget applies.
    const scaled = cappedPixelRatio(1920, 1080, 2, BUDGET);
    expect(1920 * scaled * 1080 * scaled).toBeCloseTo(BUDGET, -3);
  });

  it('never goes below half a device pixel, nor breaks on an unsized canvas', () => {
    expect(cappedPixelRatio(20_000, 20_000, 1, BUDGET)).toBe(0.5);
    expect(cappedPixelRatio(0, 0, 1, BUDGET)).toBe(1);
    expect(cappedPixelRatio(800, 600, 0, BUDGET)).toBe(1);
  });
});
