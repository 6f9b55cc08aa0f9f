import { describe, expect, it } from 'vitest';
import { extractFrom } from './rule-test-kit';

const honors = (text: string): unknown[] => extractFrom(text, ['honors']).map((s) => s.value);

describe('rule:honors', () => {
  it('reads quoted honours after 荣获/获得/被评为', () => {
    expect(honors('医院先后荣获“全国文明单位”“省级优质服务窗口”等称号。')).toEqual([
      '全国文明单位',
      '省级优质服务窗口',
    ]);
  });

  it('reads an unquoted list closed by 称号/殊荣', () => {
    expect(honors('医院获得省五一劳动奖状、市巾帼文明岗等多项殊荣。')).toEqual([
      '省五一劳动奖状',
      '市巾帼文明岗',
    ]);
  });

  it('leaves the particle of 获得了/获得过 with the verb', () => {
    expect(honors('医院先后获得了全省医德先进集体、市级青年文明号等荣誉。')).toEqual([
      '全省医德先进集体',
      '市级青年文明号',
    ]);
    expect(honors('该院曾获得过“县级平安医院”称号。')).toEqual(['县级平安医院']);
  });

  it('leaves out the honours of people (3名医生获得…)', () => {
    expect(honors('医院3名医生获得“优秀医师”称号。')).toEqual([]);
  });

  it('reads traditional honours as written, in 「」 quotes too', () => {
    expect(honors('醫院榮獲「國家品質標章」，並獲得“優良醫院”稱號。')).toEqual([
      '國家品質標章',
      '優良醫院',
    ]);
  });
});
