import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { extractorLabel } from './extractor-label';

const instance = i18n.createInstance();
beforeAll(async () => {
  await instance.init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
});

const label = (id: string, lng: string) =>
  extractorLabel(id, instance.getFixedT(lng), (key) => instance.exists(key, { lng }));

describe('extractorLabel', () => {
  it('names every built-in rule of the hospital schema in both languages', async () => {
    const schema = (await import('../../../seeds/hospital-news.schema.json')).default as {
      fields: { extractors: string[] }[];
    };
    const ids = [...new Set(schema.fields.flatMap((f) => f.extractors))];
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      for (const lng of ['zh-CN', 'en']) expect(label(id, lng), `${id} in ${lng}`).not.toBe(id);
    }
    expect(label('rule:area@1', 'zh-CN')).toBe('面积');
    expect(label('rule:area@1', 'en')).toBe('Floor areas');
  });

  it('shows patterns by name, later versions with their number, and unknown ids as they are', () => {
    expect(label('pattern:bed-count@1', 'en')).toBe('Pattern “bed-count”');
    expect(label('lexicon:sponsor@1', 'en')).toBe('Word list “sponsor”');
    expect(label('lexicon:sponsor@1', 'zh-CN')).toBe('词表“sponsor”');
    expect(label('learned:lexicon@1', 'en')).not.toBe('learned:lexicon@1');
    expect(label('rule:beds@2', 'zh-CN')).toBe('床位数（第 2 版）');
    expect(label('rule:not-a-rule@1', 'en')).toBe('rule:not-a-rule@1');
    expect(label('learned', 'en')).toBe('learned');
  });
});
