import { describe, expect, it } from 'vitest';
import { activeFilterCount, isFiltered } from './filter-summary';

describe('activeFilterCount', () => {
  it('counts the subject filter either way, and not the search text', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ subject: 'off' })).toBe(1);
    expect(activeFilterCount({ subject: 'on', flaggedOnly: true, status: 'new' })).toBe(3);
    expect(activeFilterCount({ query: '医院' })).toBe(0);
    expect(isFiltered({ subject: 'on' })).toBe(true);
    expect(isFiltered({})).toBe(false);
  });
});
