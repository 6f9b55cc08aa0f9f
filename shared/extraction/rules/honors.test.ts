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

  it('reads a quoted honour after a scope (荣获全国“某某医院”称号, 获第三届全国“某某”称号)', () => {
    expect(honors('城南医院荣获全国“人文关怀医院”称号。')).toEqual(['人文关怀医院']);
    expect(honors('城南医院获第三届全国“改善服务示范医院”称号。')).toEqual([]);
    expect(honors('城南医院荣获第三届全国“改善服务示范医院”称号。')).toEqual(['改善服务示范医院']);
  });

  it('leaves out honours given to people (先进工作者, 好医生, 奖章), found on set F', () => {
    expect(
      honors('主任医师孔某同时被授予“全国卫生系统先进工作者”荣誉称号,孔某荣获“白求恩奖章”。'),
    ).toEqual([]);
    expect(honors('该院儿科主任荣获第三届全国“白求恩式好医生”称号。')).toEqual([]);
  });

  it('reads the honour, not the plaque given with it (授予“全国文明单位”牌匾)', () => {
    expect(honors('城南医院被正式授予“全国文明单位牌匾”。')).toEqual(['全国文明单位']);
  });

  it('reads no honour out of a phrase that describes one (授予创建单位的最高荣誉)', () => {
    expect(honors('这是中央文明委授予创建单位的最高荣誉。')).toEqual([]);
  });
});

describe('rule:honors — Taiwan quality marks (set N)', () => {
  it('reads a counted mark or award without quotes, as written', () => {
    expect(honors('嘉禾醫院在評選中表現亮眼，一舉榮獲3項國家品質認證標章。')).toEqual([
      '國家品質認證標章',
    ]);
    expect(honors('该院今年获得2项省科技进步奖。')).toEqual(['省科技进步奖']);
  });

  it('takes no counted patent or project for an honour', () => {
    expect(honors('该院今年获得5项国家专利。')).toEqual([]);
  });

  it('reads a quoted award after the scheme’s Latin initials (榮獲SNQ「銀獎」)', () => {
    expect(honors('嘉禾醫院照護團隊榮獲SNQ「銀獎」肯定。')).toEqual(['銀獎']);
  });

  it('reads one mark written twice, once with its initials, as one honour', () => {
    expect(
      honors('嘉禾醫院一舉榮獲3項國家品質認證標章。醫院此次獲得3項SNQ國家品質認證標章的服務。'),
    ).toEqual(['SNQ國家品質認證標章']);
  });
});

describe('rule:honors — forms of session 12 (public hospital pages read, sentences our own)', () => {
  it('reads a quoted honour after who gave it (获得国家卫生健康委“…”, 榮獲衛福部「…」)', () => {
    expect(honors('城南医院获得国家卫生健康委“优质服务基层行示范单位”。')).toEqual([
      '优质服务基层行示范单位',
    ]);
    expect(honors('城南医院荣获由某省卫健委颁发的“群众满意医院”。')).toEqual(['群众满意医院']);
    expect(honors('嘉禾醫院榮獲衛福部「醫院評鑑優等」肯定。')).toEqual(['醫院評鑑優等']);
  });

  it('reads a quoted honour after a place’s scope (多次获得某省“文明单位”称号)', () => {
    expect(
      honors('城南医院连续多年获评“省级文明单位”，并多次获得江西省“巾帼文明岗”称号。'),
    ).toEqual(['省级文明单位', '巾帼文明岗']);
  });

  it('reads 获颁 (獲頒) as an award verb', () => {
    expect(honors('嘉禾醫院連續三年獲頒「國家品質獎」。')).toEqual(['國家品質獎']);
  });

  it('reads an unquoted honour given to the hospital as an object (授予该院…的称号)', () => {
    expect(honors('2001年，省政府授予该院全省卫生系统先进集体的称号。')).toEqual([
      '全省卫生系统先进集体',
    ]);
  });

  it('reads 表彰为 up to the clause end, and takes no name given by 命名为', () => {
    expect(honors('城南医院被市卫健委表彰为全市卫生健康系统先进集体。')).toEqual([
      '全市卫生健康系统先进集体',
    ]);
    expect(honors('新建的临时医院被命名为江滨临时医院，移交卫生部门。')).toEqual([]);
  });

  it('takes no banner a patient gave, and no quote after an issuer that is none', () => {
    expect(honors('城南医院获得患者家属赠送的“妙手回春”锦旗。')).toEqual([]);
  });

  it('reads quoted honours a 、 separates, after an issuer with 授予的', () => {
    expect(
      honors('医院先后荣获某部等三部委授予的“全国厂务公开先进单位”、“省级文明单位”。'),
    ).toEqual(['全国厂务公开先进单位', '省级文明单位']);
  });

  it('takes no description for an honour (被评为某市第一家“三级甲等”医院)', () => {
    expect(honors('1996年该院被评为某市第一家"三级甲等"医院。')).toEqual([]);
  });
});

describe('rule:honors — unquoted collective honours at the clause end (set V)', () => {
  it('reads the honour after 蝉联/获得, without the body that gives it', () => {
    expect(honors('去年医院连续三年蝉联省级文明单位；新增三个重点专科。')).toEqual([
      '省级文明单位',
    ]);
    expect(honors('医院获得省卫健委便民诊疗示范医院，并开展义诊。')).toEqual(['便民诊疗示范医院']);
    expect(honors('医院荣获市级文明单位、全省卫健行业先进集体。')).toEqual([
      '市级文明单位',
      '全省卫健行业先进集体',
    ]);
  });

  it('reads nothing from an approval or from a person’s honour', () => {
    expect(honors('医院获得省卫健委批复，建设胸痛中心。')).toEqual([]);
    expect(honors('他获得全国先进工作者。')).toEqual([]);
  });
});

describe('rule:honors — the institutions honoured named between 授予 and the honour (set X)', () => {
  it('reads the honour after the hospitals given it (授予X医院等N家单位“…”称号)', () => {
    expect(honors('会上，省里授予城南医院等12家单位“区域医疗协作示范点”称号。')).toEqual([
      '区域医疗协作示范点',
    ]);
    expect(honors('市委授予河西县人民医院“群众满意窗口”荣誉称号，以资鼓励。')).toEqual([
      '群众满意窗口',
    ]);
  });

  it('reads a title a page opens with the closing quote (”…”称号), as typed', () => {
    expect(honors('市卫健委授予城南医院等5家单位”优质护理示范病区”称号。')).toEqual([
      '优质护理示范病区',
    ]);
  });

  it('reads no honour out of a clause that closes its object before the quote, or of a person', () => {
    expect(honors('省里授予城南医院，随后宣读“创建工作方案”的称号说明。')).toEqual([]);
    expect(honors('授予骨科主任张某某等3名同志“优质服务明星”称号。')).toEqual([]);
  });
});
