import { describe, expect, it } from 'vitest';
import { parseFieldSchema } from '../../schema/parse';
import { ArticleText } from '../article-text';
import { OFF_SUBJECT_CONFIDENCE } from '../confidence';
import type { Suggestion } from '../types';
import { Automaton } from './automaton';
import { LEARNED_EXTRACTOR, type LearnedEntry } from './learned-entry';
import { learnedKey } from './learned-key';
import { LearnedMatcher } from './learned-matcher';
import { joinLearned } from './join-learned';

const field = (key: string, type: string, cardinality: 'one' | 'many') => ({
  key,
  labels: { 'zh-CN': key, en: key },
  type,
  cardinality,
  required: false,
  extractors: [],
});

const schema = parseFieldSchema({
  id: 'test',
  version: 1,
  fields: [
    field('hospital', 'institution', 'one'),
    field('partners', 'institution', 'many'),
    field('people', 'person', 'many'),
    field('investments', 'money', 'many'),
  ],
});

const entry = (
  over: Partial<LearnedEntry> & Pick<LearnedEntry, 'field' | 'text'>,
): LearnedEntry => ({
  keeps: 1,
  rejects: 0,
  firstArticle: 1,
  value: null,
  status: null,
  ...over,
});

const articleOf = (text: string) => new ArticleText(text, [{ start: 0, end: [...text].length }]);

/** The document's text at a span, in code points: what every stored span must equal. */
const slice = (text: string, span: { start: number; end: number }) =>
  [...text].slice(span.start, span.end).join('');

describe('Automaton', () => {
  it('finds every occurrence of every pattern, as a naive search does', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['医', '院', '协', '和', '北', '京', 'a', '𠀀'];
    const pick = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 50; round++) {
      const patterns = [
        ...new Set(Array.from({ length: 12 }, () => pick(1 + Math.floor(random() * 4)))),
      ];
      const text = pick(200);
      const found: string[] = [];
      new Automaton(patterns).scan(text, (p, start, end) => found.push(`${p}:${start}:${end}`));
      const expected: string[] = [];
      patterns.forEach((pattern, p) => {
        for (let i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + 1))
          expected.push(`${p}:${i}:${i + pattern.length}`);
      });
      expect(found.sort()).toEqual(expected.sort());
    }
  });
});

describe('learnedKey', () => {
  it('drops the whitespace OCR and typing put inside names, nothing else', () => {
    expect(learnedKey('北京协和\r\n医院')).toBe('北京协和医院');
    expect(learnedKey(' 张\u3000三\t')).toBe('张三');
    expect(learnedKey('Peking Union')).toBe('PekingUnion');
  });
});

describe('LearnedMatcher', () => {
  it('suggests a learned text wherever it occurs, with exact code-point spans', () => {
    const text = '𠀀😀 北京协和医院与北京协和\r\n医院合作。';
    const matcher = new LearnedMatcher(
      [entry({ field: 'partners', text: '北京协和医院' })],
      schema,
      3,
    );
    const [suggestion, ...rest] = matcher.suggest(articleOf(text));
    expect(rest).toEqual([]);
    expect(suggestion).toMatchObject({
      field: 'partners',
      value: '北京协和医院',
      extractor: LEARNED_EXTRACTOR,
    });
    expect(suggestion!.spans).toHaveLength(2);
    for (const span of suggestion!.spans) expect(slice(text, span)).toBe(span.text);
    expect(suggestion!.spans[0]).toMatchObject({ start: 3, end: 9 });
    expect(suggestion!.spans[1]!.text).toBe('北京协和\r\n医院');
    expect(suggestion!.raw).toBe('北京协和医院');
  });

  it('finds the traditional twin of a simplified text and the simplified twin of a traditional one', () => {
    const matcher = new LearnedMatcher(
      [
        entry({ field: 'partners', text: '北京协和医院' }),
        entry({ field: 'people', text: '張國華' }),
      ],
      schema,
      3,
    );
    const traditional = '本院與北京協和醫院簽約，張國華院長出席。醫院發展迅速，醫療水平提高。';
    const found = matcher.suggest(articleOf(traditional));
    const partner = found.find((s) => s.field === 'partners')!;
    expect(partner.value).toBe('北京協和醫院'); // in its own characters
    expect(slice(traditional, partner.spans[0]!)).toBe('北京協和醫院');
    const simplified = '张国华来到医院。';
    const person = matcher.suggest(articleOf(simplified)).find((s) => s.field === 'people')!;
    expect(person.value).toBe('张国华');
    expect(slice(simplified, person.spans[0]!)).toBe('张国华');
  });

  it('prefers the longest text at a place, and one value for a single-valued field', () => {
    const matcher = new LearnedMatcher(
      [
        entry({ field: 'hospital', text: '协和医院', keeps: 1 }),
        entry({ field: 'hospital', text: '北京协和医院', keeps: 1 }),
        entry({ field: 'hospital', text: '阜新市第二人民医院', keeps: 5 }),
      ],
      schema,
      3,
    );
    const text = '北京协和医院专家到阜新市第二人民医院义诊。';
    expect(matcher.suggest(articleOf(text)).map((s) => s.value)).toEqual(['阜新市第二人民医院']);
    const alone = new LearnedMatcher(schemaEntries(['协和医院', '北京协和医院']), schema, 3);
    expect(alone.suggest(articleOf(text)).map((s) => s.raw)).toEqual(['北京协和医院']);
  });

  it('suggests an alias the curator set, and nothing for amounts, removed or rejected texts', () => {
    const matcher = new LearnedMatcher(
      [
        entry({ field: 'partners', text: '协和医院', value: '北京协和医院' }),
        entry({ field: 'investments', text: '4100万元', value: { amount: 41000000 } }),
        entry({ field: 'people', text: '王五', status: 'removed' }),
        entry({ field: 'people', text: '李四', keeps: 2, rejects: 3 }),
        entry({ field: 'people', text: '赵六', keeps: 0, rejects: 3, status: 'kept' }),
        entry({ field: 'people', text: '张', keeps: 9 }),
      ],
      schema,
      3,
    );
    const found = matcher.suggest(articleOf('协和医院投入4100万元，王五、李四、赵六和张三出席。'));
    expect(found.map((s) => [s.field, s.value])).toEqual([
      ['partners', '北京协和医院'],
      ['people', '赵六'],
    ]);
    expect(matcher.blocks({ field: 'people', raw: '李\n四' })).toBe(true);
    expect(matcher.blocks({ field: 'people', raw: '赵六' })).toBe(false); // kept by the curator
    expect(matcher.blocks({ field: 'partners', raw: '李四' })).toBe(false);
  });

  it('follows the threshold it is given', () => {
    const entries = [entry({ field: 'people', text: '李四', keeps: 2, rejects: 1 })];
    expect(new LearnedMatcher(entries, schema, 1).suggest(articleOf('李四来了'))).toEqual([]);
    expect(new LearnedMatcher(entries, schema, 2).suggest(articleOf('李四来了'))).toHaveLength(1);
  });
});

function schemaEntries(texts: string[]): LearnedEntry[] {
  return texts.map((text) => entry({ field: 'partners', text }));
}

describe('joinLearned', () => {
  const text = '本院与星海康复研究所合作，溪山基金会资助。';
  const article = articleOf(text);
  const ruled = (field: string, raw: string): Suggestion => {
    const start = text.indexOf(raw);
    return {
      field,
      value: raw,
      raw,
      spans: [{ start, end: start + raw.length, text: raw }],
      extractor: 'rule:test@1',
      confidence: 0.9,
    };
  };
  const options = { singleValued: new Set(['hospital']), offSubject: false };

  it('holds back a rule suggestion whose text curators rejected too often, and adds learned ones beside', () => {
    const matcher = new LearnedMatcher(
      [
        entry({ field: 'partners', text: '溪山基金会', keeps: 0, rejects: 3 }),
        entry({ field: 'partners', text: '星海康复研究所' }),
        entry({ field: 'partners', text: '康复研究所' }),
      ],
      schema,
      3,
    );
    const rules = [ruled('partners', '溪山基金会'), ruled('partners', '康复研究所')];
    const joined = joinLearned(matcher, rules, () => article, options);
    expect(joined.blocked).toBe(1);
    // 星海康复研究所 overlaps the rule's 康复研究所, a different value: both are offered.
    expect(joined.suggestions.map((s) => [s.raw, s.extractor])).toEqual([
      ['康复研究所', 'rule:test@1'],
      ['星海康复研究所', LEARNED_EXTRACTOR],
    ]);
    const same = joinLearned(
      matcher,
      [ruled('partners', '星海康复研究所')],
      () => article,
      options,
    );
    expect(same.suggestions.map((s) => s.extractor)).toEqual(['rule:test@1']);
  });

  it('gives a single-valued field a learned value only when no rule fills it, capped off subject', () => {
    const matcher = new LearnedMatcher(
      [entry({ field: 'hospital', text: '星海康复研究所' })],
      schema,
      3,
    );
    const filled = joinLearned(matcher, [ruled('hospital', '溪山基金会')], () => article, options);
    expect(filled.suggestions.map((s) => s.raw)).toEqual(['溪山基金会']);
    const empty = joinLearned(matcher, [], () => article, { ...options, offSubject: true });
    expect(empty.suggestions).toMatchObject([
      { raw: '星海康复研究所', extractor: LEARNED_EXTRACTOR, confidence: OFF_SUBJECT_CONFIDENCE },
    ]);
  });

  it('does not build the article when nothing is learned', () => {
    const matcher = new LearnedMatcher([], schema, 3);
    const joined = joinLearned(
      matcher,
      [],
      () => {
        throw new Error('built');
      },
      options,
    );
    expect(joined).toEqual({ suggestions: [], blocked: 0 });
  });
});

describe('LearnedMatcher.update', () => {
  it('after any sequence of one-entry changes, finds and blocks what a matcher compiled whole does', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    // Traditional and simplified forms of one name, an astral character, prefixes of each other.
    const texts = [
      '协和医院',
      '協和醫院',
      '北京协和医院',
      '和医',
      '𠀀山医院',
      '山医院',
      '华山',
      '華山',
    ];
    const fields = ['hospital', 'partners', 'people', 'investments'];
    const article = articleOf(
      '北京协和医院与協和醫院、𠀀山医院和华山医院合作。華山医院\r\n协和医院',
    );
    const current = new Map<string, LearnedEntry>();
    const matcher = new LearnedMatcher([], schema, 2);
    for (let step = 0; step < 400; step++) {
      const field = pick(fields);
      const text = pick(texts);
      const key = `${field} ${text}`;
      const before = current.get(key);
      const after =
        random() < 0.2
          ? undefined
          : entry({
              field,
              text,
              keeps: Math.floor(random() * 3),
              rejects: Math.floor(random() * 4),
              status: pick([null, null, 'kept', 'removed'] as const),
              value: random() < 0.2 ? `${text}总院` : null,
              ...(random() < 0.3 ? { extractor: 'lexicon:hospital@1' } : {}),
            });
      matcher.update(before, after);
      if (after) current.set(key, after);
      else current.delete(key);
      const whole = new LearnedMatcher([...current.values()], schema, 2);
      expect(matcher.size).toBe(whole.size);
      expect(sorted(matcher.suggest(article)), `step ${step}`).toEqual(
        sorted(whole.suggest(article)),
      );
      for (const f of fields)
        for (const t of texts)
          expect(matcher.blocks({ field: f, raw: t })).toBe(whole.blocks({ field: f, raw: t }));
    }
  });

  it('stays exact across the rebuilds that fold recent texts in', () => {
    const names = Array.from({ length: 300 }, (_, i) => `第${i}号医院`);
    const article = articleOf(names.filter((_, i) => i % 7 === 0).join('，'));
    const matcher = new LearnedMatcher([], schema, 3);
    const current: LearnedEntry[] = [];
    names.forEach((text, i) => {
      const added = entry({ field: 'partners', text });
      matcher.update(undefined, added);
      current.push(added);
      if (i % 3 === 0) {
        // And one taken back: its text stays in the automaton with no entry until a rebuild.
        const gone = current.splice(Math.floor(current.length / 2), 1)[0]!;
        matcher.update(gone, undefined);
      }
      if (i % 25 === 24) {
        expect(sorted(matcher.suggest(article))).toEqual(
          sorted(new LearnedMatcher(current, schema, 3).suggest(article)),
        );
      }
    });
  });

  it('carries a word-list entry’s extractor on its suggestions', () => {
    const matcher = new LearnedMatcher(
      [
        entry({
          field: 'partners',
          text: '华山医院',
          keeps: 0,
          status: 'kept',
          extractor: 'lexicon:partners@1',
        }),
      ],
      schema,
      3,
    );
    expect(matcher.suggest(articleOf('与华山医院合作')).map((s) => s.extractor)).toEqual([
      'lexicon:partners@1',
    ]);
  });
});

function sorted(suggestions: Suggestion[]): string[] {
  return suggestions
    .map((s) => JSON.stringify([s.field, s.value, s.raw, s.spans, s.extractor, s.confidence]))
    .sort();
}
