/**
 * Why this exists: GB18030 accepts almost any high byte pair, so a strict GB18030 decode without
 * U+FFFD says little on its own; Big5, EUC-KR and EUC-JP bytes read as GB18030 just as cleanly.
 * What they do not give is Chinese: misread bytes land on hanzi spread evenly over the ~3,750
 * level-1 characters, while in real Chinese text the ~150 most frequent hanzi (from frequency
 * lists of modern Chinese) make up about a third of all hanzi. A misreading hits them a few times
 * in a hundred, so their share tells a Chinese reading from a misreading with a wide margin.
 */
const FREQUENT_HANZI = new Set(
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过' +
    '发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前' +
    '开但因只从想实日者意无力与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并' +
    '物手应向头文体政美相见被利二等产或新己制身果加月合回特代内信表化给位次度门任常先海通教原东提' +
    '及比员解水名',
);

export interface HanziShare {
  /** CJK unified ideographs seen (U+4E00–U+9FFF). */
  hanzi: number;
  /** Share of those among the most frequent hanzi, 0..1. */
  frequentShare: number;
}

/** Looks at the first `limit` UTF-16 units only: a page's opening says enough. */
export function frequentHanziShare(text: string, limit = 8192): HanziShare {
  let hanzi = 0;
  let frequent = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x4e00 || unit > 0x9fff) continue;
    hanzi++;
    if (FREQUENT_HANZI.has(text[i]!)) frequent++;
  }
  return { hanzi, frequentShare: hanzi ? frequent / hanzi : 0 };
}
