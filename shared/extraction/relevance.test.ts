import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSPITAL_SUBJECT, parseFieldSchema, type FieldSchema } from '../schema';
import { CONFIDENCE, LOW_CONFIDENCE, OFF_SUBJECT_CONFIDENCE } from './confidence';
import { extractAndJudgeArticle } from './extract-article';
import { judgeRelevance } from './relevance';

// Every article below is written for these tests; none is taken from a real page.

const SCHOOL = [
  '第二实验小学举行春季运动会',
  '4月18日，第二实验小学在学校操场举行春季运动会，全校一千二百名学生参加了跑步、跳绳和接力等项目。',
  '校长在开幕式上说，学校将坚持每天一小时校园体育活动，让每名学生都掌握两项运动技能。',
  '运动会期间，老师和家长志愿者负责组织和后勤，校医院的两名医生在现场值守。',
].join('\n');

const PARK = [
  '高新技术产业园新签约项目十二个',
  '今年一季度，高新技术产业园新签约项目十二个，总投资四十五亿元，其中新材料企业七家。',
  '园区负责人介绍，新建的标准厂房已有八成租出，三家企业计划年内投产，预计新增产值二十亿元。',
  '下一步，开发区将继续优化营商环境，做好招商服务。',
].join('\n');

const MEETING = [
  '市政协召开十四届常委会第五次会议',
  '5月9日，市政协召开十四届常委会第五次会议，审议通过了关于加快县域经济发展的建议案。',
  '会议听取了市政府关于一季度经济运行情况的通报，委员们围绕民营经济、乡村振兴等议题建言献策。',
].join('\n');

const COMPANY = [
  '恒远科技公司发布新一代智能电表',
  '6月2日，恒远科技股份有限公司在总部举行产品发布会，推出新一代智能电表。',
  '公司总经理表示，新产品已通过国家计量认证，今年营收有望增长三成，公司将在华东新建一座工厂。',
].join('\n');

const HOSPITAL_AT_SCHOOL = [
  '县人民医院健康知识进校园',
  '5月20日，县人民医院儿科和眼科医生走进第一中学，为八百名学生开展视力筛查和健康讲座。',
  '医院儿科主任提醒学生注意用眼卫生，发现视力下降要及时到医院门诊就诊。',
  '县人民医院今年还将为全县二十所学校的学生提供免费体检服务，并为校医开展急救培训。',
].join('\n');

const TRADITIONAL_HOSPITAL = [
  '台中市立醫院新大樓啟用',
  '台中市立醫院新大樓今日啟用，增設急診病床四十床，醫院院長表示將提升重症病患的照護品質。',
  '新大樓設有門診、手術室與加護病房，預計每年可服務病患超過十萬人次。',
].join('\n');

describe('judgeRelevance (hospital subject)', () => {
  it.each([
    ['a school', SCHOOL],
    ['an industrial park', PARK],
    ['a meeting', MEETING],
    ['a company', COMPANY],
  ])('flags the news of %s as not about a hospital', (_, text) => {
    const verdict = judgeRelevance(HOSPITAL_SUBJECT, text, text.split('\n')[0]);
    expect(verdict.onSubject, verdict.reason).toBe(false);
    expect(verdict.reason).toMatch(/^not about a hospital/);
  });

  it('keeps hospital news that visits a school about a hospital', () => {
    const verdict = judgeRelevance(
      HOSPITAL_SUBJECT,
      HOSPITAL_AT_SCHOOL,
      '县人民医院健康知识进校园',
    );
    expect(verdict.onSubject, verdict.reason).toBe(true);
    expect(verdict.otherCues).toBeGreaterThan(0);
  });

  it('does not flag a short notice that names no subject at all', () => {
    expect(judgeRelevance(HOSPITAL_SUBJECT, '关于五一假期值班安排的通知').onSubject).toBe(true);
  });

  it('flags a longer text that hardly names a hospital', () => {
    const text =
      '春天到了，公园里的樱花和海棠次第开放，吸引了大批市民前来赏花拍照，周末的游客比平时多了一倍，附近的停车场一度车位紧张，管理部门增派人员疏导交通，并提醒市民错峰出行、文明赏花。';
    const verdict = judgeRelevance(HOSPITAL_SUBJECT, text);
    expect(verdict.onSubject).toBe(false);
    expect(verdict.reason).toMatch(/hardly named/);
  });

  it('flags a text that repeats one subject word and nothing else (a commission is founded)', () => {
    const text = [
      '区卫生健康局正式挂牌',
      '6月2日，区卫生健康局正式挂牌成立，副区长出席挂牌仪式并讲话。',
      '今后，区卫生健康局将统筹推进机构改革各项任务，确保各项部署在全区卫生健康系统落地见效。',
    ].join('\n');
    const verdict = judgeRelevance(HOSPITAL_SUBJECT, text);
    expect(verdict.subjectCues).toBeGreaterThanOrEqual(3);
    expect(verdict.onSubject).toBe(false);
    expect(verdict.reason).toMatch(/hardly named/);
  });

  it('keeps a notice that names a hospital again and again, in no other subject word', () => {
    const text = [
      '临时医院移交启用',
      '建设部门负责人表示，位于展览馆旁的临时医院已建成，并命名为江滨临时医院，移交医院管理部门。',
      '江滨临时医院将于下周启用，启用后由市属医院派员进驻，统一调配各项物资，保障周边居民的需要。',
    ].join('\n');
    expect(judgeRelevance(HOSPITAL_SUBJECT, text).onSubject).toBe(true);
  });

  it('keeps commission news that names hospitals and patients about a hospital', () => {
    const text = [
      '区卫生健康局推进医院改扩建',
      '6月2日，区卫生健康局召开会议，部署区人民医院改扩建工程，力争年底前新增病房三百间。',
      '会议要求，施工期间要保障患者就医秩序。',
    ].join('\n');
    expect(judgeRelevance(HOSPITAL_SUBJECT, text).onSubject).toBe(true);
  });

  it('counts the headline: a short item titled for a school is not about a hospital', () => {
    expect(
      judgeRelevance(HOSPITAL_SUBJECT, '实验小学举行家长会', '实验小学举行家长会').onSubject,
    ).toBe(false);
  });
});

const seedSchema = parseFieldSchema(
  readFileSync(join(__dirname, '../../seeds/hospital-news.schema.json'), 'utf8'),
);

function extract(text: string, schema: FieldSchema = seedSchema, calibrated = true) {
  return extractAndJudgeArticle(
    {
      documentText: text,
      ranges: [{ start: 0, end: [...text].length }],
      title: text.split('\n')[0],
      schema,
    },
    { calibrated },
  );
}

describe('extractAndJudgeArticle', () => {
  it('gives every suggestion of an off-subject article a confidence below low', () => {
    for (const text of [SCHOOL, PARK, MEETING, COMPANY]) {
      const { suggestions, relevance } = extract(text);
      expect(relevance?.onSubject).toBe(false);
      for (const s of suggestions) {
        expect(s.confidence, `${s.field} ${s.raw}`).toBeLessThanOrEqual(OFF_SUBJECT_CONFIDENCE);
        expect(s.confidence).toBeLessThan(LOW_CONFIDENCE);
      }
    }
  });

  it('invents nothing for an off-subject article: only values its text states are kept', () => {
    // The rules' own confidence, before calibration: calibration may lift a weak cue (a count in
    // Chinese numerals, 0.6) above 0.6, but what is derived or guessed is judged before it.
    const noSubject = { ...seedSchema, subject: undefined, id: 'no-subject' };
    const onSubject = extract(PARK, noSubject, false);
    const offSubject = extract(PARK);
    expect(onSubject.relevance).toBeNull();
    // Whatever the rules derived or guessed (CONFIDENCE.derived and below) is gone...
    const stated = onSubject.suggestions.filter((s) => s.confidence > CONFIDENCE.derived);
    expect(offSubject.suggestions.map((s) => [s.field, s.value])).toEqual(
      stated.map((s) => [s.field, s.value]),
    );
    // ...and every kept value is read at exact offsets of the text.
    for (const s of offSubject.suggestions) {
      for (const span of s.spans)
        expect([...PARK].slice(span.start, span.end).join('')).toBe(span.text);
    }
  });

  it('leaves the suggestions of hospital news as the rules made them', () => {
    const judged = extract(HOSPITAL_AT_SCHOOL);
    const unjudged = extract(HOSPITAL_AT_SCHOOL, { ...seedSchema, id: 'no-subject' });
    expect(judged.relevance?.onSubject).toBe(true);
    expect(judged.suggestions.length).toBeGreaterThan(0);
    expect(judged.suggestions).toEqual(unjudged.suggestions);
  });

  it('judges traditional-character hospital news on the simplified view', () => {
    expect(extract(TRADITIONAL_HOSPITAL).relevance?.onSubject).toBe(true);
  });

  it('uses the subject a schema declares', () => {
    const schoolSchema: FieldSchema = {
      ...seedSchema,
      id: 'school-news',
      subject: {
        labels: { 'zh-CN': '学校', en: 'a school' },
        cues: ['学校', '学生', '校园', '老师'],
        otherCues: ['医院', '患者'],
      },
    };
    expect(extract(SCHOOL, schoolSchema).relevance?.onSubject).toBe(true);
    const hospital = extract(TRADITIONAL_HOSPITAL, schoolSchema).relevance!;
    expect(hospital.onSubject).toBe(false);
    expect(hospital.reason).toMatch(/^not about a school/);
  });
});

describe('judgeRelevance: the field or a class of the subject, never one of its kind', () => {
  // A county's health-work meeting: the health system and hospitals as a class, no one hospital.
  const HEALTH_MEETING = [
    '全县卫生健康工作会议召开',
    '3月2日，我县召开卫生健康工作会议，总结去年全县卫生健康工作，部署今年重点任务。',
    '会议要求，要加强县级医院能力建设，推进乡镇卫生院标准化，提升基层医疗服务水平，做好医疗人才引进。',
    '副县长出席会议并讲话。',
  ].join('\n');

  it('flags an article naming only the health field and hospitals as a class', () => {
    const verdict = judgeRelevance(HOSPITAL_SUBJECT, HEALTH_MEETING);
    expect(verdict.onSubject).toBe(false);
    expect(verdict.reason).toMatch(/only its field or a class of it is named/);
  });

  it('reads the heads of a class and a counted group of hospitals as the class too', () => {
    const text = [
      '全县卫生健康工作推进会召开',
      '5月6日，全县卫生健康工作推进会召开，总结去年卫生健康工作成效，部署今年重点任务。',
      '各乡镇卫生院院长、三家医共体总医院医务科主任和县卫健局各股室负责人参加会议。',
    ].join('\n');
    expect(judgeRelevance(HOSPITAL_SUBJECT, text).onSubject).toBe(false);
  });

  it('keeps the same meeting about a hospital once it names one', () => {
    const named = HEALTH_MEETING.replace('加强县级医院能力建设', '支持县人民医院创建三级医院');
    expect(judgeRelevance(HOSPITAL_SUBJECT, named).onSubject).toBe(true);
  });

  it('keeps news that speaks of its patients or wards without naming the hospital', () => {
    const text =
      '春节期间，全院医务人员坚守岗位，急诊科每天接诊患者两百余人次，住院病房床位全部开放，确保患者得到及时救治，医疗服务平稳有序。';
    expect(judgeRelevance(HOSPITAL_SUBJECT, text).onSubject).toBe(true);
  });

  it('judges only by field and class when the schema declares field cues', () => {
    const { fieldCues: _, ...undeclared } = HOSPITAL_SUBJECT;
    expect(judgeRelevance(undeclared, HEALTH_MEETING).onSubject).toBe(true);
  });
});

describe('judgeRelevance reason', () => {
  it('lists the three most named words, most first, equal counts in the order first named', () => {
    // 患者 ×2 and 医院 ×2 tie (患者 first named), then 门诊 and 手术 ×1: 手术 is left out.
    const verdict = judgeRelevance(HOSPITAL_SUBJECT, '患者来到医院。医院门诊为患者安排手术。');
    expect(verdict.reason).toContain('(患者 ×2, 医院 ×2, 门诊 ×1)');
  });
});

describe('extractAndJudgeArticle: is a hospital the article’s subject (session 10)', () => {
  // Each says 医院, 患者 and 医疗 as hospital news does; no hospital is what it is about.
  const POLICY = [
    '市卫生健康委部署改善就医感受提升患者体验工作',
    '近日，市卫生健康委印发通知，要求各医院进一步优化门诊流程，推行检查检验结果互认，减少患者排队等候时间。',
    '通知明确，二级以上医院要在年底前全面开放预约诊疗，医院要为老年患者保留人工窗口，医疗机构要公开投诉电话。',
    '市卫生健康委将对各医院落实情况开展督查，结果纳入医院绩效考核。',
  ].join('\n');
  const VACCINATION = [
    '我县启动秋冬季流感疫苗接种工作',
    '10月8日，我县秋冬季流感疫苗接种工作全面启动，全县设立接种点二十个，重点人群可免费接种。',
    '县疾控中心提醒，老年人、慢性病患者和医护人员是优先接种对象，接种后要留观三十分钟，如有不适及时就医。',
    '居民可通过公众号预约，也可到就近的接种门诊现场登记。城关镇卫生院接种门诊周末照常开放。',
  ].join('\n');
  const MEETING_IN_PASSING = [
    '全县卫生健康工作会议召开',
    '3月2日，我县召开卫生健康工作会议，总结去年全县卫生健康工作，部署今年重点任务。',
    '会议要求，要推进乡镇卫生院标准化，提升基层医疗服务水平，方便患者就医；会议还通报了青溪县人民医院创建三级医院的进展。',
    '副县长出席会议并讲话，各医疗机构负责人参加会议。',
  ].join('\n');

  const MEETING_OF_SPEAKERS = [
    '全县医疗卫生工作推进会召开',
    '6月3日，全县医疗卫生工作推进会召开，总结上半年医疗服务和公共卫生工作，部署下半年重点任务。',
    '会上，青溪县中医院、城关镇卫生院、石门乡卫生院作交流发言，介绍了方便患者就医的做法。',
    '副县长出席会议并讲话，各医疗机构负责人参加会议。',
  ].join('\n');

  it.each([
    ['a meeting where three hospitals speak once each', MEETING_OF_SPEAKERS],
    ['a commission’s policy news', POLICY],
    ['a vaccination campaign', VACCINATION],
    ['a meeting naming one hospital in passing', MEETING_IN_PASSING],
  ])('flags %s as not about a hospital, every value below low', (_, text) => {
    const { suggestions, relevance } = extract(text);
    expect(relevance?.onSubject, relevance?.reason).toBe(false);
    for (const s of suggestions) expect(s.confidence, s.raw).toBeLessThan(LOW_CONFIDENCE);
  });

  it('says in its reason that no hospital is the subject, and which one was only in passing', () => {
    expect(extract(MEETING_IN_PASSING).relevance?.reason).toMatch(
      /none is its subject.*青溪县人民医院 only in passing/,
    );
  });

  it.each([
    [
      'named in its headline',
      [
        '青溪县人民医院召开2025年工作会议',
        '1月10日，医院召开年度工作会议，总结去年工作，部署今年重点任务，全院中层以上干部参加。',
        '会议要求，全院要提升医疗质量，改善患者就医体验，推进胸痛中心和卒中中心建设。',
      ],
    ],
    [
      'named in its first sentence',
      [
        '全院干部职工学习会议精神',
        '1月10日，青溪县人民医院组织全院干部职工学习全县卫生健康工作会议精神，部署今年医疗质量提升工作。',
        '会议要求，各科室要改善患者就医体验，推进胸痛中心和卒中中心建设，做好春节期间急诊保障。',
      ],
    ],
    [
      'speaking as the hospital itself (我院)',
      [
        '召开2025年度工作会议',
        '1月10日，我院召开年度工作会议，总结去年医疗工作，部署今年重点任务，全院中层以上干部参加。',
        '会议要求，各科室要提升医疗质量，改善患者就医体验，推进胸痛中心和卒中中心建设。',
      ],
    ],
    [
      'named without a place in its headline',
      [
        '仁心医院新大楼启用',
        '本月起，新大楼的门诊、化验和药房陆续开放，市民可在一楼大堂的自助机挂号和缴费。',
        '院方表示，新大楼增加了病床和手术室，会继续改善轮候时间，方便长者和慢性病患者就医。',
      ],
    ],
    [
      'that is a profile headed by the hospital itself (医院简介)',
      [
        '医院简介',
        '始建于1952年，是一所集医疗、教学、科研、预防和康复于一体的综合性医院，开放床位800张。',
        '设有临床科室32个，拥有磁共振、CT等大型设备，是区域内患者就医的首选之地。',
      ],
    ],
  ])('keeps a hospital’s meeting %s about a hospital', (_, lines) => {
    const { relevance } = extract(lines.join('\n'));
    expect(relevance?.onSubject, relevance?.reason).toBe(true);
  });
});
