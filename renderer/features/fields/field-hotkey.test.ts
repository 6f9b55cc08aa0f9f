import { describe, expect, it } from 'vitest';
import { hotkeyOf } from './field-hotkey';

const key = (code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>>) => ({
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('hotkeyOf', () => {
  it('reads Alt+letter and Alt+digit from the physical key', () => {
    expect(hotkeyOf(key('KeyH', { altKey: true }))).toBe('h');
    expect(hotkeyOf(key('Digit3', { altKey: true }))).toBe('3');
  });

  it('ignores keys without Alt, with Ctrl or Meta, and keys that are not letters or digits', () => {
    expect(hotkeyOf(key('KeyH', {}))).toBeNull();
    expect(hotkeyOf(key('KeyH', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(hotkeyOf(key('KeyH', { altKey: true, metaKey: true }))).toBeNull();
    expect(hotkeyOf(key('Enter', { altKey: true }))).toBeNull();
    expect(hotkeyOf(key('Numpad1', { altKey: true }))).toBeNull();
  });
});
