import { describe, expect, it } from 'vitest';
import { chosenMappingFor, guessColumnMapping } from './table-mapping';

const columns = ['编号', '标题', '正文', '来源'];

describe('chosenMappingFor', () => {
  it('keeps every column but the text and title as metadata when asked for all others', () => {
    expect(
      chosenMappingFor(
        { textColumn: '正文', titleColumn: '标题', metadataColumns: 'all-others' },
        columns,
      ),
    ).toEqual({ textColumn: '正文', titleColumn: '标题', metadataColumns: ['编号', '来源'] });
  });

  it('refuses a title column the table does not have, naming it', () => {
    expect(() =>
      chosenMappingFor({ textColumn: '正文', titleColumn: 'title', metadataColumns: [] }, columns),
    ).toThrow(/"title" \(chosen as the title column\)/);
  });

  it('leaves tables with another column set to their own mapping', () => {
    const chosen = { textColumn: 'text', metadataColumns: [], columns: ['text', 'title'] };
    expect(chosenMappingFor(chosen, columns)).toBeUndefined();
    expect(chosenMappingFor(chosen, ['title', 'text'])).toEqual({
      textColumn: 'text',
      metadataColumns: [],
    });
  });
});

describe('guessColumnMapping', () => {
  it('says which file has no text at all', () => {
    expect(() =>
      guessColumnMapping('blank.csv', { columns: ['a', 'b'], rows: [{ a: '', b: '' }] }),
    ).toThrow('blank.csv has no column with text in it');
  });
});
