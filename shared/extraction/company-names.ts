/**
 * Company names in running text, for schemas whose articles are about companies
 * (`subjectInstitution: 'company'`): what they end with (有限公司, 股份有限公司, 集团…) and, for a
 * name written without a place (华为技术有限公司, 宁德时代新能源科技股份有限公司), where it starts.
 * Names led by a place (深圳市…有限公司) start where institutions.ts finds every place-led name.
 */

/**
 * What a company's name ends with. Where one word starts another (集团公司, 集团), the longer comes
 * first, so that the alternation takes the whole ending.
 */
export const COMPANY_SUFFIXES = [
  '集团股份有限公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团公司',
  '公司',
  '集团',
] as const;

export const COMPANY_SUFFIX = COMPANY_SUFFIXES.join('|');
const COMPANY_KIND = new RegExp(`(?:${COMPANY_SUFFIX})$`, 'u');

export function isCompanySuffix(name: string): boolean {
  return COMPANY_KIND.test(name);
}

/** Characters that end the words before a name (与, 在, 由…): a name starts right after one. */
const BEFORE_NAME = new Set([...'我本该与和及在从到据向对由经于赴为是把被的了、，。；：！？']);
/** Verbs written right before a company (携手华为公司, 收购某某有限公司), cut off its start. */
const LEADING_VERB =
  /^(?:来到|走进|前往|入驻|联合|携手|依托|来自|位于|落户|签约|联手|牵手|加入|组建|参观|考察|调研|收购|并购|入股|控股|投资|注资|设立|成立|组织|举行|举办|宣布|表示|发布|推出|获得|荣获|引进|引入|选择|成为|通过|同|跟|与|和)+/u;
/**
 * What a word before 公司/集团 is when it describes a company instead of naming it (该公司,
 * 上市公司, 子公司, 多家企业集团, 科技公司 without a name): determiners, counts, ownership and the
 * kinds of business that only name a company together with a proper name.
 */
const DESCRIPTIVE = new RegExp(
  '^(?:[该本这那各全每某我其此多两几数一家所新老总分子母]|' +
    '上市|国有|国企|央企|民营|私营|外资|外商|合资|独资|龙头|骨干|头部|链主|领军|重点|规上|规模|' +
    '相关|有关|其他|其它|上述|以上|当地|本地|外地|周边|大型|中型|小型|中小|小微|' +
    '科技|投资|贸易|物流|平台|建设|管理|运营|服务|工程|咨询|开发|控股|股份|企业|实业|产业|' +
    '金融|保险|证券|基金|能源|电力|汽车|地产|房地产|电商|互联网|新能源|制造|生产|销售|供应|' +
    '合作|参股|关联|目标|标的|项目|入驻|落户|签约|优质|知名|著名|领先|优秀|创新|高新|专精特新)',
  'u',
);
/** A name does not end in a determiner or a kind (各类公司, 这些公司, 国有独资公司). */
const DESCRIPTIVE_END = /[各等些们类级型性家]$/u;
/** The longest name written before the ending without a place (宁德时代新能源科技: 9). */
const MAX_BARE = 14;

/**
 * A company name without a place ending at `suffixStart` in the run of ideographs starting at
 * `runStart`: it starts after the last word that ends a clause (与, 在, 由…) or a verb written
 * before it; null when what stands there describes a company (该公司, 上市公司).
 */
export function unplacedCompanyName(
  text: string,
  runStart: number,
  suffixStart: number,
): { start: number; form: 'bare' } | null {
  let start = Math.max(runStart, suffixStart - MAX_BARE);
  for (let i = suffixStart - 2; i >= start; i--) {
    if (BEFORE_NAME.has(text[i]!)) {
      start = i + 1;
      break;
    }
  }
  const verb = LEADING_VERB.exec(text.slice(start, suffixStart));
  if (verb) start += verb[0].length;
  const name = text.slice(start, suffixStart);
  if (name.length < 2 || DESCRIPTIVE.test(name) || DESCRIPTIVE_END.test(name)) return null;
  return { start, form: 'bare' };
}
