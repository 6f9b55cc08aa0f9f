import { describe, expect, it } from 'vitest';
import { extractFrom, names } from './rule-test-kit';
import { useWordTagger, wordTagger } from '../words';
import { cpuMillisecondsOf } from '../../testing/cpu-time';

/** Reporters as `name/role`, in document order. */
function reporters(text: string, fields: string[] = ['reporters']): string[] {
  return extractFrom(text, fields)
    .filter((s) => s.field === 'reporters')
    .map((s) => {
      const v = s.value as { name: string; role: string };
      return `${v.name}/${v.role}`;
    });
}

describe('rule:byline — lines of their own', () => {
  it('reads the seeds form: roles and space-separated names over several lines', () => {
    const text =
      '医院新楼启用\n\n□本报记者 周晓雯\n特约记者 钱立新\n通讯员 孙悦 冯子健\n\n近日，医院新楼启用。';
    expect(reporters(text)).toEqual([
      '周晓雯/本报记者',
      '钱立新/特约记者',
      '孙悦/通讯员',
      '冯子健/通讯员',
    ]);
  });

  it('splits a name from the next role when the reading view joined the lines', () => {
    // The block has a sentence, so the view joins its lines: 周晓雯通讯员 孙悦近日，…
    const found = extractFrom('□本报记者 周晓雯\n通讯员 孙悦\n近日，医院新楼启用。', ['reporters']);
    expect(found.map((s) => [(s.value as { name: string }).name, s.confidence])).toEqual([
      ['周晓雯', 0.95],
      // The segmenter ends the name before 近日 (孙悦|近日): a weak cue, not a guess.
      ['孙悦', 0.6],
    ]);
  });

  it('ends a name with the next subhead glued to it where the segmenter ends it', () => {
    const found = extractFrom('特约记者 李波锤炼匠心\n正文。', ['reporters']);
    expect(found.map((s) => [(s.value as { name: string }).name, s.confidence])).toEqual([
      ['李波', 0.6],
    ]);
    const compound = extractFrom('文/图 欧阳明辉\n医院近日开展义诊。', ['reporters']);
    expect(compound.map((s) => [(s.value as { name: string }).name, s.confidence])).toEqual([
      ['欧阳明辉', 0.6],
    ]);
  });

  it('keeps two characters of a glued name as a guess without a segmenter', () => {
    const installed = wordTagger();
    useWordTagger(null);
    try {
      const found = extractFrom('特约记者 李波锤炼匠心\n正文。', ['reporters']);
      expect(found.map((s) => [(s.value as { name: string }).name, s.confidence])).toEqual([
        ['李波', 0.4],
      ]);
    } finally {
      useWordTagger(installed);
    }
  });

  it('reads 记者 X、Y 报道 and a media name before 记者', () => {
    expect(reporters('记者 韩冬、蒋一鸣 报道\n正文。')).toEqual(['韩冬/记者', '蒋一鸣/记者']);
    expect(reporters('□晨光日报记者 邓佳 河南洛阳报道\n正文。')).toEqual(['邓佳/记者']);
  });

  it('reads a satellite channel before 记者 closing the story (某某卫视记者 X Y 某地报道, set Y)', () => {
    expect(reporters('某院门诊楼今日开诊。\n江城衛視記者 柯文成 孟小川 東川報道')).toEqual([
      '柯文成/记者',
      '孟小川/记者',
    ]);
    expect(reporters('□江城卫视新闻频道记者 柯文成 报道\n正文。')).toEqual(['柯文成/记者']);
  });

  it('reads the Taiwan forms with a dateline place after a slash', () => {
    expect(reporters('記者許文彬／台北報導\n某醫院今天宣布。')).toEqual(['許文彬/记者']);
    expect(reporters('【記者賴美玲、王志成/台中報導】某醫院今天宣布。')).toEqual([
      '賴美玲/记者',
      '王志成/记者',
    ]);
    expect(reporters('〔記者陳大同／高雄報導〕某醫院今天宣布。')).toEqual(['陳大同/记者']);
  });

  it('reads 文/图 and 文/X 图/Y credits', () => {
    expect(reporters('文/图 林小雨\n\n正文。')).toEqual(['林小雨/文/图']);
    const found = extractFrom('会议圆满结束。（文/高远 图/罗晓）', ['reporters', 'photographers']);
    expect(names(found, 'reporters')).toEqual(['高远']);
    expect(names(found, 'photographers')).toEqual(['罗晓']);
  });
});

describe('rule:byline — datelines and brackets', () => {
  it('reads 本报讯（记者 X 通讯员 Y Z）', () => {
    expect(reporters('本报讯（记者 彭程 通讯员 唐敏 白露）近日，某县人民医院……')).toEqual([
      '彭程/记者',
      '唐敏/通讯员',
      '白露/通讯员',
    ]);
  });

  it('reads a role glued to the name and a dateline without brackets', () => {
    expect(reporters('本报讯 记者方圆 通讯员邱明 近日，某医院开展义诊。')).toEqual([
      '方圆/记者',
      '邱明/通讯员',
    ]);
    expect(reporters('江城日报讯（记者 黎敏）昨日，某医院……')).toEqual(['黎敏/记者']);
  });

  it('reads a credit in brackets at the end: （通讯员 X）', () => {
    expect(reporters('义诊活动受到群众欢迎。（通讯员 詹小军）')).toEqual(['詹小军/通讯员']);
  });
});

describe('rule:byline — labels', () => {
  it('reads a name with the next label glued to it (作者:X上传时间:…)', () => {
    expect(
      reporters('医院有了新大楼\n作者:李家山上传时间:2013-08-20\n8月20日，新大楼建成。'),
    ).toEqual(['李家山/作者']);
    expect(reporters('新楼启用\n作者:赵文发布时间:2021-03-02\n3月2日，新楼启用。')).toEqual([
      '赵文/作者',
    ]);
  });

  it('reads 作者:X on the line under a headline the reading view joins to it (found on set O)', () => {
    expect(
      reporters(
        '城南医院新住院楼正式启用\n作者:柳彩云 发布时间:2011-05-08 来源:城南医院\n近日,城南医院新住院楼建成。',
      ),
    ).toEqual(['柳彩云/作者']);
  });

  it('reads 作者：X and 通讯员：X Y, not the labels after them', () => {
    expect(reporters('发布时间：2024-03-01 作者：葛文 来源：宣传科 点击量：35\n正文。')).toEqual([
      '葛文/作者',
    ]);
    expect(reporters('通讯员：应晓东 顾佳\n正文。')).toEqual(['应晓东/通讯员', '顾佳/通讯员']);
  });
});

describe('rule:byline — photographers', () => {
  it('keeps photo credits out of the reporters', () => {
    const text = '院长为新楼揭牌。（郑凯 摄）\n\n摄影/谭明\n\n（图／記者黃村杉攝）\n（宣传科供图）';
    expect(reporters(text)).toEqual([]);
  });

  it('fills a photographers field when the schema has one', () => {
    const text = '院长为新楼揭牌。（郑凯 摄）摄影/谭明\n（图／記者黃村杉攝）\n（宣传科供图）';
    const found = extractFrom(text, ['reporters', 'photographers']);
    expect(names(found, 'photographers')).toEqual(['郑凯', '谭明', '黃村杉']);
    expect(names(found, 'reporters')).toEqual([]);
  });
});

describe('rule:byline — what is not a byline', () => {
  it.each([
    ['记者了解到，医院今年将扩建。'],
    ['记者来到医院门诊大厅。'],
    ['记者观察到，医院正稳步推进改革。'],
    ['作者简介：从事临床工作多年。'],
    ['文化活动丰富多彩。'],
    ['图为院长讲话。'],
    ['通讯员队伍不断壮大。'],
    ['接受记者采访时，院长表示……'],
  ])('%s', (text) => {
    expect(reporters(text)).toEqual([]);
  });
});

describe('rule:byline — an outlet before a bare name, a misspelt role (session 15)', () => {
  const body = '近日，晴川县人民医院新病房楼投入使用，新楼设置床位二百张。';

  it('reads the name after an outlet and a dot as its reporter (（某日报·X 通讯员 Y）)', () => {
    expect(reporters(`${body}\n（晴川日报·孙立 通讯员 吴霞）`)).toEqual([
      '孙立/记者',
      '吴霞/通讯员',
    ]);
    expect(reporters(`本报讯（晴川新闻网·孙立 通讯员 吴霞）${body}`)).toEqual([
      '孙立/记者',
      '吴霞/通讯员',
    ]);
  });

  it('reads the name after an outlet, a dot and its app (（某晚报·某某壹点 X 通讯员 Y）)', () => {
    expect(reporters(`${body}\n（晴川晚报·晴川掌上 孙立 通讯员 吴霞）`)).toEqual([
      '孙立/记者',
      '吴霞/通讯员',
    ]);
    expect(reporters(`${body}\n（晴川日报·欧阳明月 通讯员 吴霞）`)).toEqual([
      '欧阳明月/记者',
      '吴霞/通讯员',
    ]);
  });

  it('reads a name with no Han surname the page sets apart after a role (（记者 扎西顿珠 X）)', () => {
    expect(reporters(`晴川网讯（记者 扎西顿珠 孙立）${body}`)).toEqual([
      '扎西顿珠/记者',
      '孙立/记者',
    ]);
    expect(reporters(`晴川网讯(记者 阿依古丽)${body}`)).toEqual(['阿依古丽/记者']);
    // A word after the role is no name.
    expect(reporters(`晴川网讯（记者 手记）${body}`)).toEqual([]);
  });

  it('reads 通迅员 as 通讯员', () => {
    expect(reporters(`本报讯（记者 孙立 通迅员 吴霞）${body}`)).toEqual([
      '孙立/记者',
      '吴霞/通讯员',
    ]);
    expect(reporters(`${body}\n（通迅员 吴霞）`)).toEqual(['吴霞/通讯员']);
  });

  it('reads no reporter from an outlet and a dot before a word that is no name', () => {
    expect(reporters(`${body}\n（晴川日报·融媒体中心）`)).toEqual([]);
  });
});

describe('rule:byline — pathological pages', () => {
  it('reads a page of one endless line full of open brackets in linear time', () => {
    // 60,000 unclosed （记者 on one line: reading each to the line end would be quadratic.
    const text = '（记者'.repeat(60_000);
    let found: ReturnType<typeof reporters> = ['not read'];
    const cpu = cpuMillisecondsOf(() => {
      found = reporters(text);
    });
    expect(found).toEqual([]);
    expect(cpu).toBeLessThan(5_000);
  });
});

describe('rule:byline — forms met on real pages (sentences written for the test)', () => {
  it('reads a news app name before 记者 on a line of its own', () => {
    expect(reporters('云帆新闻记者 邵明远\n通讯员程丽娜\n3月2日，县人民医院新楼开工。')).toEqual([
      '邵明远/记者',
      '程丽娜/通讯员',
    ]);
  });

  it('reads names in brackets closing the last paragraph as a signature without a role', () => {
    const found = extractFrom('医院先后获得省级文明单位等称号。（许文静 宋立民）\n\n相关链接', [
      'reporters',
    ]);
    expect(found.map((s) => [s.value, s.confidence])).toEqual([
      [{ name: '许文静' }, 0.6],
      [{ name: '宋立民' }, 0.6],
    ]);
  });

  it('reads a name on the last line of its own as a signature', () => {
    expect(reporters('院庆大会在新院区举行，职工同台演出。\n葛晓梅')).toEqual(['葛晓梅/undefined']);
  });

  it.each([
    ['医院门诊楼启用（左）。\n\n其他'],
    ['郑建国主任(急诊科)参加。'],
    ['医生为患者检查（资料图）\n\n其他'],
    ['院庆大会在新院区举行。\n全体职工'],
  ])('reads no signature in %j', (text) => {
    expect(reporters(text)).toEqual([]);
  });

  it('reads a media name before 记者 inside a line the view joined to the one above', () => {
    expect(
      reporters(
        '详见网页 https://example.cn/a.html晴川新闻记者邵明远通讯员程丽娜3月2日，新楼开工。',
      ),
    ).toEqual(['邵明远/记者', '程丽娜/通讯员']);
    expect(reporters('院长接受本报记者采访时说，新楼即将开工。')).toEqual([]);
  });

  it('reads a name on the line of its own under the headline (a blog’s author line)', () => {
    const text =
      '分类：医院新闻\n\n县医院慰问乡镇医务人员\n\n葛晓梅\n\n昨天中午，县医院一行前往乡镇卫生院。';
    const found = extractFrom(text, ['reporters'], { title: '县医院慰问乡镇医务人员' });
    expect(found.map((s) => [s.value, s.confidence])).toEqual([[{ name: '葛晓梅' }, 0.6]]);
    expect(
      extractFrom(
        '县医院慰问乡镇医务人员\n\n医务人员\n\n昨天中午，一行人前往乡镇。',
        ['reporters'],
        {
          title: '县医院慰问乡镇医务人员',
        },
      ),
    ).toEqual([]);
  });

  it('reads an outlet before the role inside the bracket (【某传媒／記者 X／苗栗報導】)', () => {
    expect(reporters('【环宇传媒／記者 林學均／苗栗 報導】院长王大同今天主持仪式。')).toEqual([
      '林學均/记者',
    ]);
  });

  it('reads a credit line opened by its posting stamp (2025/12/01 05:30 記者X／雲林報導)', () => {
    expect(
      reporters(
        '台大分院二期大楼动土\n\n2025/12/01 05:30 記者李文德／雲林報導\n总统主持动工典礼。',
      ),
    ).toEqual(['李文德/记者']);
  });

  it('ends a joined credit’s name where the segmenter ends it (本报记者 陈某近日，…)', () => {
    const found = extractFrom('医院首例手术日期:11-20本报记者 陈彤近日,县医院成功实施手术。', [
      'reporters',
    ]);
    expect(found.map((s) => [(s.value as { name: string }).name, s.confidence])).toEqual([
      ['陈彤', 0.6],
    ]);
  });

  it('reads no reporter from an interview’s 记者： questions', () => {
    expect(reporters('带着疑问，记者采访了院长李建明。记者：李院长，您好。')).toEqual([]);
  });

  it('reads the dateline after the slash as a place even when the town is unknown (記者X/羅東報導)', () => {
    expect(reporters('記者賴曉青/羅東報導\n\n某醫院今天獲贈病床。')).toEqual(['賴曉青/记者']);
    expect(reporters('记者许明华/竹北报导\n\n某医院今天动土。')).toEqual(['许明华/记者']);
  });

  it('reads a paper’s name before the role, spaced or after a slash (某报 記者X／台南即時報導)', () => {
    expect(reporters('晨光報 記者何明遠/台南即時報導\n\n某醫院今天動土。')).toEqual([
      '何明遠/记者',
    ]);
    expect(reporters('晨光報／ 記者蘇建業／新北即時報導\n某分院今天辦院慶。')).toEqual([
      '蘇建業/记者',
    ]);
  });

  it('reads a wire credit whose name is glued to the dateline place (（某社記者X花蓮五日電）)', () => {
    expect(reporters('（海峡社記者杜文卿花蓮五日電）某醫院今天揭牌。')).toEqual(['杜文卿/记者']);
    expect(reporters('（记者韩立新上海报道）某医院今天开诊。')).toEqual(['韩立新/记者']);
    expect(reporters('（新华社记者韩立新上海3月1日电）某医院今天开诊。')).toEqual(['韩立新/记者']);
  });

  it('reads the unlabelled name before a role in a dateline bracket (本报讯（X 记者 Y）)', () => {
    const found = extractFrom('本报讯(魏一鸣 记者 祁安)昨日,区卫生系统召开会议。', ['reporters']);
    expect(found.map((s) => [s.value, s.confidence])).toEqual([
      [{ name: '魏一鸣' }, 0.6],
      [{ name: '祁安', role: '记者' }, 0.95],
    ]);
    // A name with no role after it is no credit: the bracket is an aside.
    expect(reporters('本报讯(魏一鸣 昨日)区卫生系统召开会议。')).toEqual([]);
  });
});

describe('rule:byline — credits in the forms of small sites and county media', () => {
  it('reads every name of a 记者： label whose next field the view glued on (记者：X Y编辑：Z)', () => {
    expect(
      reporters('县医院新楼开工仪式昨日举行。\n记者:张小燕 王丽丽\n编辑:李明\n责任编辑:'),
    ).toEqual(['张小燕/记者', '王丽丽/记者']);
    // The editor of the next label is never a reporter.
    expect(reporters('新院区开诊。\n记者：邓海燕\n审核：罗志刚')).toEqual(['邓海燕/记者']);
  });

  it('reads the role set off by spaces after a source label (来源：某融媒体中心 记者 X)', () => {
    expect(
      reporters('会议由副县长李红主持。\n来源:某某县融媒体中心 记者 孙丽华\n编辑:周涛'),
    ).toEqual(['孙丽华/记者']);
    // Without spaces around it, 记者 in a sentence opens no credit.
    expect(reporters('会后，记者了解到新院区年底投用。')).toEqual([]);
  });

  it('reads a paper and its app joined by a dot before 记者 (某日报·某客户端记者 X 通讯员 Y)', () => {
    const text =
      '来源:某某客户端\n2020-05-28\n某某日报·某某客户端记者 王强 通讯员 刘志明\n5月28日上午,全县卫生健康工作会议召开。';
    expect(reporters(text)).toEqual(['王强/记者', '刘志明/通讯员']);
    expect(
      reporters('某某日報·某某客戶端記者 王強 通訊員 劉志明\n5月28日上午,全縣衛生工作會議召開。'),
    ).toEqual(['王強/记者', '劉志明/通讯员']);
  });

  it('reads the names alone in a dateline’s bracket (本网讯（X）), strong cue', () => {
    const found = extractFrom('新楼落成\n\n  本网讯 (周建华)8月2日,县医院新楼正式投入使用。', [
      'reporters',
    ]);
    expect(found.map((s) => [s.value, s.confidence])).toEqual([[{ name: '周建华' }, 0.9]]);
    expect(reporters('本網訊（蔡德明 許文華）8月29日,縣醫院住院大樓建成。')).toEqual([
      '蔡德明/undefined',
      '許文華/undefined',
    ]);
    // A note in the bracket is no credit.
    expect(reporters('本网讯(记者节特稿)昨日,县医院召开会议。')).toEqual([]);
  });

  it('reads a signature its closing word vouches for (（宣传科 X 供稿）, （X报导）)', () => {
    expect(reporters('县医院新楼开工。整个工期预计为500天.(宣传科 郑晓东 供稿)')).toEqual([
      '郑晓东/undefined',
    ]);
    // Mid-paragraph too: the reading view joins the next line to it.
    expect(reporters('某某醫院新大樓今天啟用。(林美玲報導)\n院長表示,新大樓將改善服務。')).toEqual([
      '林美玲/undefined',
    ]);
    expect(reporters('新楼启用。(据某某日报报道)')).toEqual([]);
  });

  it('reads names credited by a slash after them (（工会 X/文 X、Y等/摄 Z/审）)', () => {
    const found = extractFrom(
      '院领导走访慰问了退休职工，送上新春祝福。(办公室 赵红梅/文 赵红梅、钱晓光等/摄 孙伟/审)',
      ['reporters', 'photographers'],
    );
    expect(found.map((s) => `${s.field}:${(s.value as { name: string }).name}`)).toEqual([
      'reporters:赵红梅',
      'photographers:赵红梅',
      'photographers:钱晓光',
    ]);
    // The editor (审) is neither a reporter nor a photographer.
    expect(found.some((s) => (s.value as { name: string }).name === '孙伟')).toBe(false);
  });

  it('reads a name then its dateline inside a line (… 04:10 X/台南報導 …)', () => {
    expect(
      reporters('醫院院慶 新大樓啟用 2015年11月17日 04:10 陳家豪/台南報導 某某醫院16日舉行院慶。'),
    ).toEqual(['陳家豪/undefined']);
    // A slash between words that are no name and place is no credit.
    expect(reporters('门诊/住院报道 流程说明')).toEqual([]);
  });

  it('reads a name alone before 報道 on a line of its own, under the headline (found on set J)', () => {
    expect(
      reporters('中醫醫院明年落成\n何嘉欣報道\n位於某區的中醫醫院明年落成，設病床300張。'),
    ).toEqual(['何嘉欣/undefined']);
    expect(reporters('記者黃偉倫∕彰化報導\n彰化醫院今天啟用新大樓。')).toEqual(['黃偉倫/记者']);
    // A line that only ends in 报道 is no credit.
    expect(reporters('县医院义诊获央视报道\n活动当天接诊300人。')).toEqual([]);
  });

  it('reads a credit the view joined to the posting stamp above it (某报 2015-10-29 00:00 ⏎ 記者X／南投報導)', () => {
    expect(
      reporters(
        '走過一甲子 某某醫院照顧縣民\n\n某某好新聞 2015-10-29 00:00\n記者林小萍/南投報導   \n\n某某醫院29日舉行院慶。',
      ),
    ).toEqual(['林小萍/记者']);
  });
});

describe('rule:byline — forms found on set F (wire datelines, source labels, repeated credits)', () => {
  it('reads a name of a rare surname that the credit bracket closes after its role (session 13, set W)', () => {
    // 富 and 仉 are in neither the common surnames nor, as surnames, the segmenter's tags.
    expect(reporters('本报北京3月5日电 (记者富子梅)城南医院日前获评先进单位。')).toEqual([
      '富子梅/记者',
    ]);
    expect(reporters('本报北京3月5日电（记者仉建国）城南医院日前获评先进单位。')).toEqual([
      '仉建国/记者',
    ]);
    // Words after the role are no name, a bracket closing them or not.
    for (const words of ['观察员', '手记', '调查组', '获悉', '了解到']) {
      expect(reporters(`本报北京3月5日电（记者${words}）城南医院日前获评先进单位。`)).toEqual([]);
    }
  });

  it('reads the names in brackets after a wire dateline with its date (…3月5日电(X、Y、Z))', () => {
    const text = '某某网江南频道3月5日电(钱晓岚、孙一鸣、韩若溪)城南医院日前获评先进单位。';
    expect(reporters(text)).toEqual(['钱晓岚/undefined', '孙一鸣/undefined', '韩若溪/undefined']);
  });

  it('does not read 电 without a date as a dateline (电话, 电子)', () => {
    expect(reporters('医院开通服务电话(钱晓岚)已经一年。')).toEqual([]);
  });

  it('reads a role right after another field label (来源:通讯员 X Y)', () => {
    const text = '城南医院开展义诊活动。\n来源:通讯员 郑雨桐 孔小曼\n编辑:冯立';
    expect(reporters(text)).toEqual(['郑雨桐/通讯员', '孔小曼/通讯员']);
  });

  it('keeps the specific role when the page header credits the same names as 作者', () => {
    const text =
      '县卫健局调研城南卫生院\n\n2020-05-06 10:00:00 来源: 某某网 作者: 郑雨桐 孔小曼\n\n某某网5月6日讯(通讯员 郑雨桐 孔小曼 记者 严可)5月6日,县卫健局到城南卫生院调研。';
    expect(reporters(text)).toEqual(['郑雨桐/通讯员', '孔小曼/通讯员', '严可/记者']);
  });

  it('never lets a credit name run on into the next line of the page', () => {
    // The view joins the short header line to the next one; the name ends at the line break.
    const text =
      '城南医院新院区开工\n\n发布时间: 2020-11-12 08:57 来源: 某某商报 作者: 某某商报记者 严可\n扫一扫关注\n\n  5月6日上午,城南医院新院区开工。';
    const found = extractFrom(text, ['reporters']).filter((s) => s.field === 'reporters');
    expect(found.map((s) => (s.value as { name: string }).name)).toEqual(['严可']);
    expect(found[0]!.spans.every((span) => !span.text.includes('\n'))).toBe(true);
  });
});

describe('rule:byline — forms found on set I (programmes, glued and padded names, photo reports)', () => {
  it('reads a programme in 《》 between the outlet and 记者 on a line of its own', () => {
    expect(reporters('城南医院的除夕夜\n\n某某电视台《健康之路》记者孟凡宇\n\n出发去城南')).toEqual(
      ['孟凡宇/记者'],
    );
    expect(reporters('城南医院的除夕夜\n\n《健康之路》记者 孟凡宇\n\n出发去城南')).toEqual([
      '孟凡宇/记者',
    ]);
  });

  it('ends a credit line the view joined to the next line where the segmenter ends the name', () => {
    // No blank line after the credit: the view joins it to the sentence (孟凡宇近日，…).
    const found = extractFrom('城南医院新楼启用\n\n某某电视台记者孟凡宇\n近日，医院新楼启用。', [
      'reporters',
    ]);
    expect(found.map((s) => [s.value, s.confidence])).toEqual([
      [{ name: '孟凡宇', role: '记者' }, 0.6],
    ]);
  });

  it('reads a glued name whose given character is also a preposition (通讯员刘在峰)', () => {
    expect(reporters('本报讯(记者张明远通讯员刘在峰)近日,城南医院举办义诊活动。')).toEqual([
      '张明远/记者',
      '刘在峰/通讯员',
    ]);
    expect(reporters('某某网3月2日电（通讯员 张和平）3月2日，城南医院举办义诊。')).toEqual([
      '张和平/通讯员',
    ]);
    // Not closed by the bracket: a surname and a sentence.
    expect(reporters('本报讯（通讯员 王在医院）近日，城南医院举办义诊。')).toEqual([]);
  });

  it('keeps the role of a photo report (摄影报道): the names wrote the story too', () => {
    const text =
      '城南医院送医下乡。\n\n近日，医院在乡镇举办义诊活动。（本报通讯员 韩晓东 摄影报道）';
    expect(reporters(text, ['reporters', 'photographers'])).toEqual(['韩晓东/本报通讯员']);
    // A given character that is also a conjunction, the name set off by spaces (柯和平).
    expect(reporters('近日，医院举办义诊活动。（本报通讯员 柯和平 摄影报道）')).toEqual([
      '柯和平/本报通讯员',
    ]);
    const photo = extractFrom('近日，医院在乡镇举办义诊活动。（通讯员 韩晓东 摄）', [
      'reporters',
      'photographers',
    ]);
    expect(photo.map((s) => s.field)).toEqual(['photographers']);
  });

  it('reads a two-character name padded with a space in a closing signature (（赵 阳）)', () => {
    const found = extractFrom('近日，城南医院举办义诊活动，受到群众欢迎。（赵 阳）', ['reporters']);
    expect(found.map((s) => [s.value, s.spans[0]!.text])).toEqual([[{ name: '赵阳' }, '赵 阳']]);
    expect(reporters('近日，城南医院举办义诊活动。（左 一）')).toEqual([]);
  });

  it('reads every name of a signature when the segmenter vouches for one (（刘然 于利群）)', () => {
    // jieba reads 于 as a preposition; 刘然 beside it shows the bracket is a list of names.
    expect(reporters('近日，城南医院通过认证。（刘然 于利群）')).toEqual([
      '刘然/undefined',
      '于利群/undefined',
    ]);
    expect(reporters('近日，城南医院举办讲座。（高血压）')).toEqual([]);
  });

  it('reads the author under the second copy of a blog headline', () => {
    const text =
      '某某的博客\n\n县医院慰问乡镇医务人员\n\n(2013-05-07 10:25:49)\n标签:\n\n义诊\n\n县医院慰问乡镇医务人员\n\n葛晓梅\n\n昨天中午，县医院一行前往乡镇卫生院。';
    const found = extractFrom(text, ['reporters'], { title: '县医院慰问乡镇医务人员' });
    expect(found.map((s) => s.value)).toEqual([{ name: '葛晓梅' }]);
  });
});

describe('rule:byline — credits found on set K', () => {
  it('reads a closing bracket of a name and 文/图 as the writer', () => {
    expect(reporters('本报讯 3月2日，县医院举行义诊活动，服务群众200余人。(赵文涛文/图)')).toEqual([
      '赵文涛/undefined',
    ]);
  });

  it('reads a line of names each followed by its role, spaces and all', () => {
    const text = '近日，县人民医院举行护士节表彰大会。\n刘晓燕 文 陈浩 摄';
    expect(reporters(text)).toEqual(['刘晓燕/文']);
    expect(names(extractFrom(text, ['reporters', 'photographers']), 'photographers')).toEqual([
      '陈浩',
    ]);
  });

  it('reads no credit from a line of words that ends in 文', () => {
    expect(reporters('近日，县人民医院举行护士节表彰大会。\n国家 标准 全文')).toEqual([]);
  });

  it('reads the name between slashes after the outlets of a Taiwan bracket', () => {
    expect(reporters('【某某傳媒、記者爆料網/林家豪/高雄報導】高雄某醫院今日舉行義診。')).toEqual([
      '林家豪/undefined',
    ]);
  });
});

describe('rule:byline — surnames that were off the list (found on set M)', () => {
  it.each([
    ['记者 普晓燕、李云飞 报道\n\n近日，某县人民医院通过评审。', ['普晓燕/记者', '李云飞/记者']],
    ['记者 鞠文静 报道\n\n近日，某县人民医院通过评审。', ['鞠文静/记者']],
    ['记者 傅立新 报道\n\n近日，某县人民医院通过评审。', ['傅立新/记者']],
  ])('%s', (text, expected) => {
    expect(reporters(text)).toEqual(expected);
  });
});

describe('rule:byline — forms found on set P', () => {
  it('ends the last writer of a 文： line at the magazine field glued on from the next line', () => {
    const text =
      '新落成的醫院樓高八層，共有四百張病床。\n文：何美琪、鄧志遠、梁靜怡\n文章日期：2019年3月';
    expect(reporters(text)).toEqual(['何美琪/文', '鄧志遠/文', '梁靜怡/文']);
  });
});

describe('rule:byline — rare surnames, as the segmenter reads them after the role (session 10)', () => {
  it.each([
    [
      '本报讯（记者 王明 通讯员 蒿建华）近日，某县人民医院开展义诊。',
      ['王明/记者', '蒿建华/通讯员'],
    ],
    [
      '本报讯（记者 亓晓红 通讯员 赫明）近日，某县人民医院开展义诊。',
      ['亓晓红/记者', '赫明/通讯员'],
    ],
    ['义诊活动持续了一整天。（通讯员 蒿建华 赫明）', ['蒿建华/通讯员', '赫明/通讯员']],
  ])('reads %s', (text, expected) => {
    expect(reporters(text)).toEqual(expected);
  });
});

describe('rule:byline — forms found on set R', () => {
  it('reads names the page set apart with spaces where the view glued them together', () => {
    // The reading view drops the spaces between ideographs: 通讯员林海峰高 洁邵志远.
    const found = extractFrom('本报讯 (通讯员林海峰 高 洁 邵志远)近日，某县医院开展义诊。', [
      'reporters',
    ]);
    expect(found.map((s) => [(s.value as { name: string }).name, s.spans[0]!.text])).toEqual([
      ['林海峰', '林海峰'],
      // A two-character name padded to the width of three keeps its space in the span only.
      ['高洁', '高 洁'],
      ['邵志远', '邵志远'],
    ]);
  });

  it('keeps a name whose every character the page spaced out (an OCR line) whole', () => {
    expect(reporters('本报讯（记者 唐 国 栋）近日，某县医院开展义诊。')).toEqual(['唐国栋/记者']);
  });

  it('takes a photo credit glued to the name (X摄) for a photographer, without 摄', () => {
    const found = extractFrom('病房一角。某某网记者 郑晓摄\n\n医院今年新增病床。', [
      'reporters',
      'photographers',
    ]);
    expect(names(found, 'photographers')).toEqual(['郑晓']);
    expect(names(found, 'reporters')).toEqual([]);
  });

  it('is sure of the bracket of names that ends the article, with only a bar below it', () => {
    const found = extractFrom('援建医生为患者做了手术，各施所长。(韩梅 钱雪松)\n|\n', [
      'reporters',
    ]);
    expect(found.map((s) => [(s.value as { name: string }).name, s.confidence])).toEqual([
      ['韩梅', 0.9],
      ['钱雪松', 0.9],
    ]);
    // The same bracket closing a paragraph inside the article stays a weak cue.
    const inside = extractFrom('医生各施所长。(韩梅 钱雪松)\n\n次日，医院又开展义诊。', [
      'reporters',
    ]);
    expect(inside.map((s) => s.confidence)).toEqual([0.6, 0.6]);
  });
});

describe('rule:byline — forms of session 12 (sentences our own)', () => {
  it('credits a name before the first role in a dateline’s bracket (某某网某地4月25日讯（A 记者 B）)', () => {
    expect(
      reporters('某某新闻网城南4月25日讯（王建国 记者 刘晓燕） 4月24日，城南医院开展义诊。'),
      // A name without a written role carries none.
    ).toEqual(['王建国/undefined', '刘晓燕/记者']);
  });

  it('reads a writer who also edited (文字、编辑：X) as a reporter', () => {
    expect(reporters('城南医院开展义诊活动。\n文字、编辑：陈丽华\n审核：张伟')).toEqual([
      '陈丽华/文字、编辑',
    ]);
    // The next credit of the list on the line below, which the reading view joins to the name.
    expect(reporters('城南医院开展义诊活动。\n文字、编辑:陈丽华\n图片:院办\n审核:张伟')).toEqual([
      '陈丽华/文字、编辑',
    ]);
  });
});

describe('rule:byline — writers in a metadata list under the headline (set S)', () => {
  it('reads the name bullet of a date, name and section list', () => {
    const text =
      '某院新楼启用\n\n  • 2024-05-06 09:12\n  • 周建平\n  • 新闻中心\n\n5月6日，某院新楼启用。';
    expect(reporters(text)).toEqual(['周建平/undefined']);
  });

  it('reads writers joined by a bar (韩立┃邵晓梅)', () => {
    const text =
      '某院召开大会\n  • 2019-03-02\n  • 韩立┃邵晓梅\n  • 某某医院\n  • 字体\n某院召开大会。';
    expect(reporters(text)).toEqual(['韩立/undefined', '邵晓梅/undefined']);
  });

  it('reads no name from a lone bullet of the article', () => {
    expect(reporters('某院新楼启用\n5月6日，某院新楼启用，要点如下：\n• 周建平\n讲话。')).toEqual(
      [],
    );
  });
});

describe('rule:byline — two names typed with nothing between them (set X)', () => {
  it('reads both names of a credit bracket after one role', () => {
    expect(reporters('医院新址已完成主体封顶。（记者龚雪峰通讯员邝永刚骆思琪）')).toEqual([
      '龚雪峰/记者',
      '邝永刚/通讯员',
      '骆思琪/通讯员',
    ]);
  });

  it('reads both as photographers when the credit closes with 摄', () => {
    const found = extractFrom('图为工人在工地上忙碌。（通讯员邝永刚骆思琪摄）', [
      'reporters',
      'photographers',
    ]);
    expect(names(found, 'photographers')).toEqual(['邝永刚', '骆思琪']);
    expect(names(found, 'reporters')).toEqual([]);
  });

  it('reads no second name out of other words glued to a name (于今日, 高速)', () => {
    expect(reporters('医院新址已完成主体封顶。（通讯员邝永刚于今日）')).toEqual([]);
    expect(reporters('医院新址已完成主体封顶。（记者邝永刚高速报道）')).toEqual([]);
  });
});
