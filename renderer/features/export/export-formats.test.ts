import { describe, expect, it } from 'vitest';
import { pathForFormat } from './export-formats';

describe('pathForFormat', () => {
  it('gives a typed file name the extension of the format chosen after it', () => {
    expect(pathForFormat('/home/me/export.jsonl', 'xlsx')).toBe('/home/me/export.xlsx');
    expect(pathForFormat('/home/me/医院.XLSX', 'csv-long')).toBe('/home/me/医院.csv');
    expect(pathForFormat('C:\\data\\out.csv', 'parquet')).toBe('C:\\data\\out.parquet');
  });

  it('turns a file into a folder name for a dataset, and leaves other names alone', () => {
    expect(pathForFormat('/home/me/export.parquet', 'dataset')).toBe('/home/me/export');
    expect(pathForFormat('/home/me/dataset', 'jsonl')).toBe('/home/me/dataset');
    expect(pathForFormat('/home/me/notes.txt', 'csv')).toBe('/home/me/notes.txt');
    expect(pathForFormat('', 'csv')).toBe('');
  });
});
