import { describe, expect, it } from 'vitest';
import { applyStepAction, keyTargetOf, stepActionForKey } from './meeting-keys.ts';

const element = (tagName: string, extra: { type?: string; classes?: string[] } = {}) => ({
  tagName,
  ...(extra.type === undefined ? {} : { type: extra.type }),
  classList: { contains: (token: string) => (extra.classes ?? []).includes(token) },
});

describe('stepActionForKey', () => {
  it('maps arrows, clicker keys and Home/End', () => {
    expect(stepActionForKey('ArrowRight', 'other', false)).toBe('next');
    expect(stepActionForKey('PageDown', 'other', false)).toBe('next');
    expect(stepActionForKey('ArrowLeft', 'other', false)).toBe('previous');
    expect(stepActionForKey('PageUp', 'other', false)).toBe('previous');
    expect(stepActionForKey('Home', 'other', false)).toBe('first');
    expect(stepActionForKey('End', 'other', false)).toBe('last');
    expect(stepActionForKey('Enter', 'other', false)).toBeNull();
    expect(stepActionForKey('ArrowDown', 'other', false)).toBeNull();
  });

  it('does nothing while typing or with a modifier', () => {
    for (const key of ['ArrowRight', 'PageDown', 'Home', 'End']) {
      expect(stepActionForKey(key, 'text', false)).toBeNull();
      expect(stepActionForKey(key, 'other', true)).toBeNull();
    }
  });

  it('leaves the arrow keys to the map but takes the clicker keys there', () => {
    expect(stepActionForKey('ArrowRight', 'map', false)).toBeNull();
    expect(stepActionForKey('ArrowLeft', 'map', false)).toBeNull();
    expect(stepActionForKey('PageDown', 'map', false)).toBe('next');
    expect(stepActionForKey('PageUp', 'map', false)).toBe('previous');
  });
});

describe('keyTargetOf', () => {
  it('tells text fields, the map canvas and the rest apart', () => {
    expect(keyTargetOf(element('TEXTAREA'))).toBe('text');
    expect(keyTargetOf(element('SELECT'))).toBe('text');
    expect(keyTargetOf(element('INPUT', { type: 'text' }))).toBe('text');
    expect(keyTargetOf(element('INPUT', { type: 'date' }))).toBe('text');
    expect(keyTargetOf(element('INPUT', { type: 'checkbox' }))).toBe('other');
    expect(keyTargetOf({ tagName: 'DIV', isContentEditable: true })).toBe('text');
    expect(keyTargetOf(element('CANVAS', { classes: ['maplibregl-canvas'] }))).toBe('map');
    expect(keyTargetOf(element('BUTTON'))).toBe('other');
    expect(keyTargetOf(null)).toBe('other');
  });
});

describe('applyStepAction', () => {
  it('moves within the steps and stops at both ends', () => {
    expect(applyStepAction('next', 0, 12)).toBe(1);
    expect(applyStepAction('next', 11, 12)).toBe(11);
    expect(applyStepAction('previous', 0, 12)).toBe(0);
    expect(applyStepAction('previous', 5, 12)).toBe(4);
    expect(applyStepAction('first', 7, 12)).toBe(0);
    expect(applyStepAction('last', 2, 12)).toBe(11);
    expect(applyStepAction('last', 0, 0)).toBe(0);
  });
});
