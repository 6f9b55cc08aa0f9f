/**
 * The ways a body paragraph refers to an article's institution. A kicker says
 * '辽宁省阜新市第二人民医院（妇产医院）'; the paragraphs say '阜新市第二人民医院', '阜新', '妇产医院'.
 * These short forms are the content evidence that pulls interleaved paragraphs back together.
 */

const PROVINCE = /^[\u4e00-\u9fff]{2,3}?(省|自治区)/;
const PLACE = /^([\u4e00-\u9fff]{2,4}?)[市县旗盟州]/;
const PARENTHETICAL = /[（(]([^（）()]+)[）)]/g;

/**
 * Folds text so that full- and half-width forms and OCR's stray spaces and line breaks do not
 * hide a name: '阜新市第\n二人民医院（妇产医院）' and '阜新市第二人民医院(妇产医院)' compare equal.
 */
export function foldForMatching(text: string): string {
  // Names hold CJK characters, brackets and alphanumerics only, so '，' and the like can stay
  // full-width; folding just these keeps this cheap on every block of every page.
  return text.replace(WHITESPACE, '').replace(FOLDABLE, toHalfWidth);
}

const WHITESPACE = /\s+/g;
const FOLDABLE = /[（）［］０-９Ａ-Ｚａ-ｚ]/g;
const toHalfWidth = (char: string): string => String.fromCharCode(char.charCodeAt(0) - 0xfee0);

/**
 * Short forms of an institution name, folded: the full name, the name without its parenthetical
 * alias, both without the province, the city/county stem ('阜新市…' → '阜新', '准格尔旗…' →
 * '准格尔') and each parenthetical alias ('妇产医院', '集团').
 * The province alone is never a term: every article on a provincial page shares it.
 */
export function institutionTerms(name: string): string[] {
  const folded = foldForMatching(name);
  const bare = folded.replace(PARENTHETICAL, '');
  const terms = new Set<string>([folded, bare]);
  const withoutProvince = bare.replace(PROVINCE, '');
  terms.add(withoutProvince);
  terms.add(folded.replace(PROVINCE, ''));
  const place = PLACE.exec(withoutProvince);
  if (place && place[0].length < withoutProvince.length) terms.add(place[1]!);
  for (const alias of folded.matchAll(PARENTHETICAL)) {
    terms.add(alias[1]!);
    terms.add(alias[1]!.replace(PROVINCE, ''));
  }
  return [...terms].filter((term) => term.length >= 2);
}

/** The name without parenthetical aliases or province, folded: '阜新市第二人民医院'. */
export function coreName(name: string): string {
  return foldForMatching(name).replace(PARENTHETICAL, '').replace(PROVINCE, '');
}

/**
 * Removes every term two articles share (two '中心医院' pages, say): a shared term is evidence
 * for neither. Returns a new array of term lists in the same order.
 */
export function keepDistinctiveTerms(termsByArticle: readonly string[][]): string[][] {
  const owners = new Map<string, number>();
  for (const terms of termsByArticle) {
    for (const term of new Set(terms)) owners.set(term, (owners.get(term) ?? 0) + 1);
  }
  return termsByArticle.map((terms) => terms.filter((term) => owners.get(term) === 1));
}
