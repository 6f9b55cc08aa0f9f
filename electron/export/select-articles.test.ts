import { describe, expect, it } from 'vitest';
import { isExportDate } from './select-articles';

describe('an export filter’s date', () => {
  it('names a real day of the calendar, not one JavaScript would roll into the next month', () => {
    expect(isExportDate('2026-02-28')).toBe(true);
    expect(isExportDate('2024-02-29')).toBe(true);
    expect(isExportDate('2026-02-30')).toBe(false);
    expect(isExportDate('2025-02-29')).toBe(false);
    expect(isExportDate('2026-13-01')).toBe(false);
    expect(isExportDate('2026-04-31T10:00')).toBe(false);
    expect(isExportDate('2026-04-30T10:00:00Z')).toBe(true);
    expect(isExportDate('yesterday')).toBe(false);
  });
});
