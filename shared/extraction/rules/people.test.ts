import { describe, expect, it } from 'vitest';
import { extractFrom, names } from './rule-test-kit';

/** People as `name/title`, in document order. */
function people(text: string): string[] {
  return extractFrom(text, ['people', 'reporters'])
    .filter((s) => s.field === 'people')
    .map((s) => {
      const v = s.value as { name: string; title: string };
      return `${v.name}/${v.title}`;
    });
}

describe('rule:people — the post before the name', () => {
  it.each([
    ['副县长孔德明出席仪式并讲话。', ['孔德明/副县长']],
    ['市长万建国一行来院调研。', ['万建国/市长']],
    ['市委书记王建国一行来院调研。', ['王建国/市委书记']],
    ['院长张丽丽带领班子成员查房。', ['张丽丽/院长']],
    ['县卫生局局长侯文斌主持会议。', ['侯文斌/局长']],
    ['院党委书记段颖表示，医院将继续努力。', ['段颖/党委书记']],
    ['医院党委书记、院长钟森携全体班子成员致谢。', ['钟森/党委书记、院长']],
    ['省卫健委副主任欧阳明辉强调，要做好救治工作。', ['欧阳明辉/副主任']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — names whose last character is also a verb', () => {
  it.each([
    ['院长李志强表示，医院今年将新建住院楼。', ['李志强/院长']],
    ['副院长陈文强在会上作报告。', ['陈文强/副院长']],
    ['党委书记刘高峰主持会议。', ['刘高峰/党委书记']],
    ['院长张来福同志讲话。', ['张来福/院长']],
    ['主任田涛获得省级荣誉。', ['田涛/主任']],
    ['主任田涛获省科技进步奖。', ['田涛/主任']],
    ['院长李煌代表医院致辞。', ['李煌/院长']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — the name before the post', () => {
  it.each([
    ['医院聘请杨焕名院士担任名誉院长。', ['杨焕名/院士']],
    ['会上，吴景梅副院长介绍了医院发展情况。', ['吴景梅/副院长']],
    ['王建满书记听取了汇报。', ['王建满/书记']],
    ['向高德顺同志学习。', ['高德顺/同志']],
    ['会上，邵明华教授作学术报告。', ['邵明华/教授']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — traditional characters', () => {
  it('reads the name as written, the post in simplified characters', () => {
    expect(people('衛生局長林奇峰表示，醫院將擴建。副院長吳耀明接任院長。')).toEqual([
      '林奇峰/局长',
      '吳耀明/副院长',
    ]);
  });
});

describe('rule:people — what is not a person', () => {
  it.each([
    ['医院100余名医生参加培训。'],
    ['院长和书记共同为新楼揭牌。'],
    ['院长办公会研究决定。'],
    ['主任医师团队开展义诊。'],
    ['郭县长做了重要讲话。'],
    ['该院院长表示欢迎。'],
  ])('%s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('leaves the reporters of the byline out', () => {
    const found = extractFrom('本报讯（记者 万建国）近日，院长万建国主持会议。', [
      'people',
      'reporters',
    ]);
    expect(names(found, 'reporters')).toEqual(['万建国']);
    expect(names(found, 'people')).toEqual([]);
  });
});

describe('rule:people — one value per person', () => {
  it('keeps the first, fullest post and every later mention as a span', () => {
    const text =
      '县委常委、副县长钱振华出席仪式。钱振华代表县政府致辞。副县长钱振华还看望了医护人员。';
    const found = extractFrom(text, ['people']);
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toEqual({ name: '钱振华', title: '县委常委、副县长' });
    expect(found[0]!.spans.map((s) => s.start)).toEqual([8, 16, 30]);
  });

  it('does not take a longer name for a later mention of a shorter one', () => {
    const found = extractFrom('院长王建表示欢迎。王建国教授作报告。', ['people']);
    expect(found.map((s) => [(s.value as { name: string }).name, s.spans.length])).toEqual([
      ['王建', 1],
      ['王建国', 1],
    ]);
  });
});
