/**
 * rule:title@1 — the headline planPage found for the article, located in the text for provenance.
 * rule:column@1 — the 【栏目】 label that opens the article, without its brackets.
 */
import { CONFIDENCE } from '../confidence';
import { escapeRegExp } from '../../values/find-mentions';
import { present, squeeze, suggestAt } from '../suggest';
import type { Extractor } from '../types';

export const TITLE_RULE = 'rule:title@1';
export const COLUMN_RULE = 'rule:column@1';

/** A pattern for `text` that allows any whitespace between its characters (OCR line breaks). */
function looseLiteral(text: string): RegExp {
  return new RegExp([...squeeze(text)].map(escapeRegExp).join('\\s*'), 'u');
}

export const titleRule: Extractor = {
  id: TITLE_RULE,
  fields: ['title'],
  run(ctx) {
    if (!ctx.title || squeeze(ctx.title) === '') return [];
    const text = ctx.article.text;
    const whole = looseLiteral(ctx.title).exec(text);
    if (whole) {
      const value = ctx.article
        .writtenAt(whole.index, whole.index + whole[0].length)
        .replace(/\s+/gu, ' ');
      return present([
        suggestAt(
          ctx,
          TITLE_RULE,
          'title',
          value,
          whole.index,
          whole.index + whole[0].length,
          CONFIDENCE.strongCue,
        ),
      ]);
    }
    return [];
  },
};

const COLUMN = /【([^【】\n]{1,16})】/gu;

export const columnRule: Extractor = {
  id: COLUMN_RULE,
  fields: ['column'],
  run(ctx) {
    const text = ctx.article.text;
    COLUMN.lastIndex = 0;
    const out = [];
    for (let m = COLUMN.exec(text), rank = 0; m; m = COLUMN.exec(text), rank++) {
      // The first label is the article's column; later ones are often the next article's.
      const confidence = rank === 0 ? CONFIDENCE.fixedForm : CONFIDENCE.weakCue;
      out.push(
        suggestAt(
          ctx,
          COLUMN_RULE,
          'column',
          squeeze(ctx.article.writtenAt(m.index + 1, m.index + 1 + m[1]!.length)),
          m.index + 1,
          m.index + 1 + m[1]!.length,
          confidence,
        ),
      );
    }
    return present(out);
  },
};
