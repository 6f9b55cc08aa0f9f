/**
 * How Chinese institution names end, defined once for the page segmentation (kicker lines,
 * headlines that open with an institution) and the extraction rules (institution names, organs of
 * government, places inside names). Each list is a set: no word in it is a prefix of another
 * word it is matched beside, so the order of an alternation built from it changes no match.
 */

/** What a hospital's name ends with (阜新市第二人民医院, 乡卫生院, 医疗集团). */
export const HOSPITAL_SUFFIXES = ['医疗集团', '医疗中心', '保健院', '卫生院', '医院'] as const;

/** Universities, academies and institutes (大连医科大学, 中国医学科学院, 研究所). */
export const ACADEMIC_SUFFIXES = [
  '医科大学',
  '大学',
  '科学院',
  '学院',
  '研究院',
  '研究所',
] as const;

/**
 * Organs of government and their health administrations (卫健委, 人民政府): a place name inside
 * one names an administrative place, not another institution's.
 */
export const ADMINISTRATION_SUFFIXES = [
  '卫生健康委员会',
  '卫生健康委',
  '卫健委',
  '卫生健康局',
  '卫健局',
  '卫生局',
  '人民政府',
  '妇计中心',
] as const;

/**
 * What an institution a headline opens with ends with: a hospital's suffixes, and the centres and
 * groups hospitals form (医学中心, 中心, 集团).
 */
export const HEADLINE_INSTITUTION_SUFFIXES = [
  ...HOSPITAL_SUFFIXES,
  '医学中心',
  '中心',
  '集团',
] as const;

/**
 * The last word of any organisation's name, down to one character (院 of every hospital, 委, 局,
 * 所): what a kicker line naming an organisation ends with.
 */
export const ORGANISATION_ENDINGS = [
  '院',
  '中心',
  '集团',
  '委员会',
  '委',
  '局',
  '厅',
  '办',
  '公司',
  '大学',
  '学校',
  '研究所',
  '所',
  '站',
  '馆',
  '协会',
  '学会',
  '联合会',
  '社',
  '厂',
  '银行',
  '部',
  '处',
  '署',
] as const;

/** The words as the alternatives of a regular expression (they hold no special character). */
export function suffixAlternation(words: readonly string[]): string {
  return words.join('|');
}
