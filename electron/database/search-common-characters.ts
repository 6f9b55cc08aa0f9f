/**
 * The characters the search index pairs with the one after them when that is one of them too
 * (see search-index-text.ts): the ones common enough in Chinese news that a list of every place
 * one occurs is long, so that a query is a phrase of pairs (bigrams). Any other character is a
 * token of its own, whose list is short because the character is rare; and random text, whose
 * characters are mostly outside this set, adds few distinct pairs to the index (issue 16's write
 * bound).
 *
 * The set: GB2312's level-1 hanzi (the 3,755 most used characters, read from the encoding's
 * table, rows 16–55), ASCII's printable characters, CJK and fullwidth punctuation, and the
 * general punctuation Chinese text uses (dashes, quotes, the ellipsis). Every case form of a
 * letter is in the set if any is (the tokenizer folds case; its decision must not depend on it).
 */
const common = new Uint8Array(0x10000);

const addRange = (first: number, last: number): void => {
  for (let codePoint = first; codePoint <= last; codePoint++) common[codePoint] = 1;
};

addRange(0x21, 0x7e);
addRange(0x2010, 0x2027);
addRange(0x3001, 0x303f);
addRange(0xff01, 0xff5e);
{
  const gb2312 = new TextDecoder('gb18030');
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xd7; row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  for (const char of gb2312.decode(new Uint8Array(bytes))) {
    const codePoint = char.codePointAt(0)!;
    // Row 55 ends at D7F9; its last cells decode to private-use or replacement characters.
    if (codePoint >= 0x4e00 && codePoint <= 0x9fff) common[codePoint] = 1;
  }
}

/** The space (U+0020) and the ideographic space, as the index hands them over (stand-ins). */
const commonStandIns = new Set([0x20, 0x3000]);

/**
 * Whether `codePoint`, as the index hands it over (`standIn`: the plane the index moves
 * separators to), is a common character.
 */
export function isCommonCharacter(codePoint: number, standIn: number): boolean {
  if (codePoint < 0x10000) return common[codePoint] === 1;
  return codePoint >= standIn && commonStandIns.has(codePoint - standIn);
}

/** How many BMP characters are common (for tests and reports). */
export function commonCharacterCount(): number {
  return common.reduce((sum, flag) => sum + flag, 0);
}
