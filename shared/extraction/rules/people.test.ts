import { afterEach, describe, expect, it } from 'vitest';
import { useWordTagger, wordTagger } from '../words';
import { extractFrom, names } from './rule-test-kit';
import { cpuMillisecondsOf } from '../../testing/cpu-time';

/** People as `name/title`, in document order. */
function people(text: string): string[] {
  return extractFrom(text, ['people', 'reporters'])
    .filter((s) => s.field === 'people')
    .map((s) => {
      const v = s.value as { name: string; title?: string };
      return `${v.name}/${v.title ?? ''}`;
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
    // set V: 作 (to deliver) before a report or speech is the verb, not a third character.
    ['会上，党委副书记、院长张明作工作报告。', ['张明/党委副书记、院长']],
    ['代县长王立作《政府工作报告》。', ['王立/县长']],
    ['會上，代縣長張波作《施政報告》。', ['張波/县长']],
    ['院长王作人主持会议。', ['王作人/院长']],
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

describe('rule:people — more posts, both ways', () => {
  it.each([
    ['主任医师陈红梅为患者会诊。', ['陈红梅/主任医师']],
    ['心内科主任徐海涛介绍，该科今年开展新技术12项。', ['徐海涛/主任']],
    ['专家谭晓东现场答疑。', ['谭晓东/专家']],
    ['医院张丽丽院长介绍了新院区的建设情况。', ['张丽丽/院长']],
    ['经过抢救，冯国栋主任医师说患者已脱离危险。', ['冯国栋/主任医师']],
    ['记者从医院了解到，方志远医生已连续工作36小时。', ['方志远/医生']],
    ['院党委委员、副院长邓一鸣出席。', ['邓一鸣/副院长']],
    ['市卫健委秘书长卢建平宣读了通知。', ['卢建平/秘书长']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — the segmenter decides the length when no cue word does', () => {
  it.each([
    ['院长刘高峰近日带队走访基层。', ['刘高峰/院长']],
    ['院长张来福说，新楼年底完工。', ['张来福/院长']],
    ['副院长郑来喜在会上通报了情况。', ['郑来喜/副院长']],
    ['院长高峰说，医院将扩大门诊。', ['高峰/院长']],
    ['院长孙成在会上作总结。', ['孙成/院长']],
    ['党委书记余文强调，要守住安全底线。', ['余文/党委书记']],
    ['院长王建设主持会议。', ['王建设/院长']],
    ['党委书记司马光华说，要抓好党建。', ['司马光华/党委书记']],
    ['欧阳明辉副院长主持会议。', ['欧阳明辉/副院长']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — names listed after one post', () => {
  it('gives every listed name the post', () => {
    expect(people('副院长王五、李四、赵立新出席活动。')).toEqual([
      '王五/副院长',
      '李四/副院长',
      '赵立新/副院长',
    ]);
  });

  it('stops at the next post', () => {
    expect(people('副院长王五、护士长李四出席活动。')).toEqual(['王五/副院长', '李四/护士长']);
  });
});

describe('rule:people — words that start with a surname are no names', () => {
  it.each([
    ['院长高度重视这项工作。'],
    ['院长高度评价了全院职工的付出。'],
    ['书记张口就问患者的情况。'],
    ['主任在王府井大街调研。'],
    ['主任向大家介绍了新设备。'],
    ['医生和护士一起查房。'],
    ['医院推行住院医师全周期管理。'],
    ['院长安排部署下一步工作。'],
    ['书记明确指出，要抓好落实。'],
    ['医院聘请高级专家坐诊。'],
  ])('%s', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('rule:people — traditional characters, the segmenter on the simplified view', () => {
  it.each([
    ['副院長陳文強表示，醫院將擴建。', ['陳文強/副院长']],
    ['劉高峰院長主持會議。', ['劉高峰/院长']],
    ['主任醫師張來福為患者會診。', ['張來福/主任医师']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — spans stay exact around characters outside the BMP', () => {
  it('places the name after an astral character and an emoji', () => {
    const text = '𠀀😀副院长陈文强在会上作报告。';
    const found = extractFrom(text, ['people']);
    expect(found).toHaveLength(1);
    // Code points: 𠀀 and 😀 are one each.
    expect(found[0]!.spans[0]).toEqual({ start: 5, end: 8, text: '陈文强' });
  });
});

describe('rule:people — without a segmenter', () => {
  const installed = wordTagger();
  afterEach(() => useWordTagger(installed));

  it('still reads names by their cues', () => {
    useWordTagger(null);
    expect(people('院长李志强表示，医院将扩建。主任田涛获省级荣誉。')).toEqual([
      '李志强/院长',
      '田涛/主任',
    ]);
  });
});

describe('rule:people — paragraphs naming many officials', () => {
  it.each([
    [
      '县委书记任建军带领县领导齐海、白燕等一行来院慰问。县卫健局局长孟德才陪同。',
      ['任建军/县委书记', '齐海/县领导', '白燕/县领导', '孟德才/局长'],
    ],
    [
      '当天，市委副书记、市长罗清，副市长卢卫红来到医院。市政府秘书长范才、副秘书长郑小英陪同。',
      ['罗清/市委副书记、市长', '卢卫红/副市长', '范才/秘书长', '郑小英/副秘书长'],
    ],
    [
      '县中医院院长张建国、副院长张双宝、廖卫顺、支部副书记周志新等一行来到急诊科。',
      ['张建国/院长', '张双宝/副院长', '廖卫顺/副院长', '周志新/支部副书记'],
    ],
    ['县长孙虎来院看望医务人员。孙虎县长充分肯定了大家的付出。', ['孙虎/县长']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — a label or a space between the post and the name', () => {
  it.each([
    ['院长：李志强\n书记：王建国', ['李志强/院长', '王建国/书记']],
    ['院长 张丽丽 带领班子成员查房。', ['张丽丽/院长']],
    ['院長：陳文強', ['陳文強/院长']],
  ])('%j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('reads no name where none follows the label', () => {
    expect(people('主任：负责全面工作。')).toEqual([]);
    expect(people('院长      张丽丽')).toEqual([]);
  });
});

describe('rule:people — Taiwan and Hong Kong posts', () => {
  it.each([
    ['健保署長石明良說，將擴大給付。', ['石明良/署长']],
    ['醫事司司長劉美萍表示，將重新查明。', ['劉美萍/司长']],
    // An office, the name, then the post: the office's 司 is no surname (found on set J).
    ['儀式由社會文化司黃樂司長主持。', ['黃樂/司长']],
    ['經濟財政司李強司長出席。', ['李強/司长']],
    // A ministry (部), a bureau (局) or a commission (委) before the name bounds it too.
    ['出席者有衛生福利部林志遠部長、許文華立委。', ['林志遠/部长', '許文華/立委']],
    ['市卫健委王建国主任介绍。', ['王建国/主任']],
    ['國際合作司司馬文華司長致辭。', ['司馬文華/司长']],
    ['醫院執行長黃國華指出，急診壅塞已改善。', ['黃國華/执行长']],
    ['胸腔科醫師蘇一仁說明病情。', ['蘇一仁/医师']],
    // 立法委員 written out, and a church hospital's posts in a chain (董事長、總主教X).
    ['立法委員曾文雄、縣長林明達出席典禮。', ['曾文雄/立法委员', '林明達/县长']],
    ['由醫院董事長、總主教馮立德主持典禮。', ['馮立德/董事长、总主教']],
    ['醫院是已故樞機主教程安國生前的心願。', ['程安國/枢机主教']],
    // A married name, her husband's surname first, closed by punctuation.
    ['立委楊明、議長林陳美華、議員蔡志遠等人到場。', ['楊明/立委', '林陳美華/议长', '蔡志遠/议员']],
    // 一同 after the name ends it, even where the segmenter reads its characters as places.
    ['總統與苗栗縣長鍾東錦一同出席典禮。', ['鍾東錦/县长']],
    // A head of a special administrative region, a company's executive director, a film director.
    ['行政長官岑家輝主禮，並為新大樓揭幕。', ['岑家輝/行政长官']],
    ['集團執行董事梅志遠介紹工程進度。', ['梅志遠/执行董事']],
    ['捐款由導演戴明遠代表轉交醫院。', ['戴明遠/导演']],
    // Acting posts: 代理 before the name, 代 after it.
    ['代理院長羅志明致詞。', ['羅志明/代理院长']],
    ['急診部鄧文心代主任介紹了新設備。', ['鄧文心/代主任']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — an article written for the test', () => {
  it('finds every official with the post of the first mention', () => {
    const text =
      '9月5日，市人民医院举行新院区开工仪式。市委常委、副市长高建华，市卫健委党组书记、主任石磊出席。' +
      '院党委书记金涛主持仪式，院长马文明介绍了项目情况。马文明表示，新院区总投资约8.6亿元。' +
      '会上，院长助理白雪宣读了表彰决定，副院长常胜、向东分别作报告。' +
      '心内科主任医师、教授、博士生导师程志远团队完成一例高难度手术，护士长黎晓红带领护理团队全程陪护。' +
      '全院职工高度重视，各科室主任参加会议。';
    expect(people(text)).toEqual([
      '高建华/市委常委、副市长',
      '石磊/党组书记、主任',
      '金涛/党委书记',
      '马文明/院长',
      '白雪/院长助理',
      '常胜/副院长',
      '向东/副院长',
      '程志远/主任医师、教授、博士生导师',
      '黎晓红/护士长',
    ]);
    const [mawenming] = extractFrom(text, ['people']).filter(
      (s) => (s.value as { name: string }).name === '马文明',
    );
    expect(mawenming!.spans).toHaveLength(2);
  });
});

describe('rule:people — the post in brackets after the name', () => {
  it.each([
    ['会议邀请了张立国（市人民医院院长）作报告。', ['张立国/院长']],
    ['座谈会由刘海燕（县卫健局副局长）主持。', ['刘海燕/副局长']],
    ['感谢李明（医务科）的协助。', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — a profile: name, sex, then the post', () => {
  it.each([
    ['韩立新，男，1965年出生，主任医师，擅长肝胆外科手术。', ['韩立新/主任医师']],
    ['专家介绍\n欧阳文静，女，副主任医师、硕士生导师。', ['欧阳文静/副主任医师']],
    ['高峰，男，汉族，现任医院党委书记。', ['高峰/党委书记']],
    ['王建国，男，退休职工。', []],
  ])('%j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — pathological pages', () => {
  it('reads a page of one endless sentence full of posts, profiles and brackets in linear time', () => {
    // 20,000 posts, profiles and bracketed posts with no sentence end: reading each to the end of
    // its sentence, or segmenting the whole line at every post, would be quadratic.
    // 5,000 repeats (100,000 characters): about 1 s of CPU read linearly; the quadratic reading
    // took over 20 s at this length. `npm run bench:rule-scaling` measures the growth itself.
    const text = '院长、副院长王五、李四，男，（县医院院长）'.repeat(5_000);
    let found: ReturnType<typeof extractFrom> = [];
    const cpu = cpuMillisecondsOf(() => {
      found = extractFrom(text, ['people']);
    });
    expect(found.length).toBeGreaterThan(0);
    expect(cpu).toBeLessThan(10_000);
  });
});

describe('rule:people — posts normalised', () => {
  it('prefers a post read later over 同志', () => {
    expect(people('向高德顺同志学习。副院长高德顺介绍了经验。')).toEqual(['高德顺/副院长']);
  });

  it('gives the same post whether written before or after the name, in either script', () => {
    expect(people('副院长陈文强主持会议。')).toEqual(['陈文强/副院长']);
    expect(people('陈文强副院长主持会议。')).toEqual(['陈文强/副院长']);
    expect(people('陳文強副院長主持會議。')).toEqual(['陳文強/副院长']);
  });
});

describe('rule:people — forms met on real pages (sentences written for the test)', () => {
  it.each([
    // A school's or hospital's short name before the post, the person after it.
    ['仁大校长宋明哲为新院长颁发聘书。', ['宋明哲/校长']],
    // Taiwan's government posts.
    [
      '总统萧文德与政务次长詹秀如、副议长柯佩君一同剪彩。',
      ['萧文德/总统', '詹秀如/政务次长', '柯佩君/副议长'],
    ],
    ['總統蕭文德致詞。', ['蕭文德/总统']],
    // Leaders of the hospital listed after one post.
    ['院领导邓志远、孔令山、范桂兰出席活动。', ['邓志远/院领导', '孔令山/院领导', '范桂兰/院领导']],
    // 作了 after a name is the verb, not the name's third character.
    ['院长钟立作了动员讲话。', ['钟立/院长']],
    // A list of names after a bracketed one: each a person, without a post.
    ['走访的人员有：邱德胜（副院长）、杨秋菊、范立业。', ['邱德胜/副院长', '杨秋菊/', '范立业/']],
    // A department right before the name stands for the post.
    ['麻醉科卢振宇的作品获得二等奖。', ['卢振宇/麻醉科']],
    ['分别为骨科叶朝阳、整形外科侯静怡。', ['叶朝阳/骨科', '侯静怡/整形外科']],
    // A unit's name after a listed one ends the list: 麻醉室 is no person.
    [
      '院长刘士义、副院长张辉、麻醉室主任韩松波参加。',
      ['刘士义/院长', '张辉/副院长', '韩松波/主任'],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([['医院加强学科建设。'], ['本科学历以上人员优先。'], ['内科门诊量增长。']])(
    'reads no department name in %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
});

describe('rule:people — four characters read as a married name only where nothing else fits', () => {
  it.each([
    ['院长高文彬说，医院将扩建。', ['高文彬/院长']],
    ['院長李文德攝影展今天開幕。', ['李文德/院长']],
    ['专家全程指导，手术顺利。', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — lists around a known person, cue verbs and short names of hospitals', () => {
  it('reads every name of a 、 list where one is read at a post elsewhere (邓某、黄某、黄泓出席)', () => {
    expect(
      people(
        '3月2日,全县卫生健康工作会议召开。邓海、黄伟、黄泓出席会议。\n县委常委、副县长邓海主持会议。副县长黄伟作了部署。',
      ),
    ).toEqual(['邓海/县委常委、副县长', '黄伟/副县长', '黄泓/']);
    // Backwards too: the names before the known one.
    expect(people('王立新、张三丰、李华一同参观。院长李华介绍了情况。').sort()).toEqual(
      ['王立新/', '张三丰/', '李华/院长'].sort(),
    );
    // No one known in the list: nobody is read from it.
    expect(people('张三丰、李思远出席会议。')).toEqual([]);
  });

  it('ends the name before 做了 and a time word (部长高强做了…, 局長李某昨天…)', () => {
    expect(people('卫生部召开工作会议。卫生部部长高强做了工作报告。')).toEqual(['高强/部长']);
    expect(people('金門縣衛生局局長李金治昨(16)天宣誓就職。')).toEqual(['李金治/局长']);
  });

  it('reads 名誉副院长 as the post before or after the name', () => {
    expect(people('在赵建明名誉副院长的带领下,一行6名专家开展帮扶。')).toEqual([
      '赵建明/名誉副院长',
    ]);
    expect(people('名誉院长孙立国出席。')).toEqual(['孙立国/名誉院长']);
  });

  it('reads no person from a hospital’s short name before a post (馬偕醫師 where 馬偕醫院 is named)', () => {
    expect(people('馬偕醫院台東分院大樓啟用。馬偕醫師自聘比例達到百分之八十五。')).toEqual([]);
    // A person who shares no hospital's name is still read.
    expect(people('馬偕醫院台東分院大樓啟用。王功亮醫師表示將增加人力。')).toEqual(['王功亮/医师']);
  });
});

describe('rule:people — people named without a post', () => {
  it('reads a three-character name after 的 or punctuation right before 说/表示 (weak cue)', () => {
    const found = extractFrom('卸下院長一職功成身退的張冠宇說,新大樓將改善服務。', ['people']);
    expect(found.map((s) => [s.value, s.confidence])).toEqual([[{ name: '張冠宇' }, 0.6]]);
    // Not a word that merely starts with a surname, nor a name inside a longer run.
    expect(people('会上,高度重视表示各部门要落实。')).toEqual([]);
    expect(people('会上,市里的高新区表示将全力配合。')).toEqual([]);
  });

  it('reads a name alone on its line over a line ending with a post (an interview caption)', () => {
    expect(
      people(
        '项目建成后将改善就医环境。\n\n黄兰婕\n和平县人民医院院长\n\n这个项目将提供200张床位。',
      ),
    ).toEqual(['黄兰婕/院长']);
    // A short line over another that names no post is no caption.
    expect(people('新院区\n\n黄兰婕\n医院新闻\n\n正文。')).toEqual([]);
  });

  it('reads the names right after a quoted honour (“江淮名醫”X和Y, “最美医生”X、Y和Z), weak cue', () => {
    expect(people('據悉,接受慰問的還有縣中醫院“江淮名醫”溫興韜和周小龍。')).toEqual([
      '溫興韜/',
      '周小龍/',
    ]);
    expect(people('医院评选出“最美医生”王建华、李晓梅和张伟。')).toEqual([
      '王建华/',
      '李晓梅/',
      '张伟/',
    ]);
    // The honour's word after the quote (称号) is no name.
    expect(people('他获得“优秀医生”称号。')).toEqual([]);
  });
});

describe('rule:people — forms found on set F (counted lists, 总院长, names jieba tags otherwise)', () => {
  it('reads the names listed before a count of people (X等N名同志, X、Y、Z等N位专家, X、Y N位专家)', () => {
    expect(people('荣誉称号。孔令军等120名同志被授予先进工作者称号。')).toEqual(['孔令军/']);
    expect(people('会上,孔令军、程向荣、易为民等3名同志作了发言。')).toEqual([
      '孔令军/',
      '程向荣/',
      '易为民/',
    ]);
    expect(people('此外,严美玲、谢林、汤立新3位专家获评优秀医师。')).toEqual([
      '严美玲/',
      '谢林/',
      '汤立新/',
    ]);
  });

  it('reads no name where the count stands after words that are none', () => {
    expect(people('活动中,全院30名同志参加。医院共有100余名医务人员到场。')).toEqual([]);
    // A run longer than a name before the count is not cut to one.
    expect(people('会上另有谢林等2位专家发言。')).toEqual([]);
  });

  it('never reads a word that follows names as one after a counted post (11位专家荣获)', () => {
    expect(people('我院11位专家荣获优秀专家称号。')).toEqual([]);
  });

  it('reads 总院长 as a post (医共体总院长X)', () => {
    expect(people('县域医共体总院长危建明陪同调研。')).toEqual(['危建明/总院长']);
  });

  it('reads a three-character name the segmenter tags a place before a post (钟南山院士)', () => {
    expect(people('在钟南山院士团队的指导下,医院学科建设加快发展。')).toEqual(['钟南山/院士']);
    // A real place before a post stays a place: 南山区长 is no person.
    expect(people('深圳南山区长表示欢迎。')).toEqual([]);
  });
});

describe('rule:people — forms found on set I', () => {
  it('reads civil-service ranks as posts, before and after the name (二级调研员X, X巡视员)', () => {
    expect(people('市卫健委二级调研员陈国栋一行到城南医院调研。')).toEqual(['陈国栋/调研员']);
    expect(people('会上，孙建华巡视员作了讲话。')).toEqual(['孙建华/巡视员']);
  });

  it('ends a name before a verb the segmenter glued to it when a place follows (李英到奉节县)', () => {
    expect(people('处长杨荣刚、调研员李英到奉节县调研卫生工作。')).toEqual([
      '杨荣刚/处长',
      '李英/调研员',
    ]);
    // A name whose last character is such a word stays whole when no noun follows it.
    expect(people('院长刘德均出席会议。')).toEqual(['刘德均/院长']);
    expect(people('副院长陈志强到科室检查。')).toEqual(['陈志强/副院长']);
  });
});

describe('rule:people — an author without a role who is named at a post', () => {
  it('reads the blog author as a person where the post names him (副院长X), besides the credit', () => {
    const text =
      '县医院慰问乡镇医务人员\n\n葛晓军\n\n昨天中午，县医院葛晓军副院长、陈立主任一行前往乡镇卫生院。';
    const found = extractFrom(text, ['people', 'reporters'], { title: '县医院慰问乡镇医务人员' });
    expect(names(found, 'reporters')).toEqual(['葛晓军']);
    expect(names(found, 'people')).toEqual(['葛晓军', '陈立']);
  });
});

describe('rule:people — names the segmenter glues to the next word (set K)', () => {
  it.each([
    // 仍 is a cue after names, but before a list's 等 it is the given name's last character.
    ['副院长赵刚、孙立仍等8名专家参加了义诊。', ['赵刚/副院长', '孙立仍/副院长']],
    // The segmenter reads 周宗|明说: 明 belongs to the name, 说 is the verb.
    ['院长周宗明说，医院今年将扩建急诊楼。', ['周宗明/院长']],
    // 向 is a preposition, yet the segmenter reads 赵向波 as one name.
    ['县医院院长赵向波汇报了全年工作。', ['赵向波/院长']],
    // 再说, 来说: the adverb is no given character.
    ['院长王强再说一遍注意事项。', ['王强/院长']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — readings at a post that name nobody (set K)', () => {
  it.each([
    // A post addressing someone by the surname alone, after a verb the segmenter reads as a word.
    ['患者家属说，多亏黄主任及时手术。', []],
    // 向 "towards" before a bare surname and the post.
    ['院长李明(左一)向钟副县长介绍新楼建设情况。', ['李明/院长']],
    // 卫福部 (a ministry) and 长照 (long-term care): no 部长 and no person.
    ['医院今年承接卫福部长照服务，增设病床。', []],
    // A post held by many (历任, 各位): 卓越 is read as a name by the segmenter, and is none here.
    ['感谢历任院长卓越领导与决策。', []],
    ['各位主任高度重视。', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — posts with a field in brackets, surnames off the list (set K)', () => {
  it.each([
    [
      '医院副院长（中医）张海波、副院长（西医）刘文静出席活动。',
      ['张海波/副院长', '刘文静/副院长'],
    ],
    // A photo's position note after a post is no field: nobody is named after it.
    ['院长（右一）陪同参观。', []],
    // 羊 is a surname off the list: the segmenter reads the three characters as one name.
    ['院长羊晓驹介绍了医院发展规划。', ['羊晓驹/院长']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — a surname off the list before an idiom (set K)', () => {
  it('reads the three characters the segmenter reads as one name before a word it knows', () => {
    expect(people('医院党委书记、院长羊晓驹如数家珍般地介绍了医院的情况。')).toEqual([
      '羊晓驹/党委书记、院长',
    ]);
  });
});

describe('rule:people — credit labels over a department and a name (held out after set K)', () => {
  it('reads no person from an editor credited with the unit', () => {
    expect(people('8月2日，副县长王某某来院调研。\n编辑:宣传科肖文成\n审核:冯某')).toEqual([
      '王某某/副县长',
    ]);
  });
});

describe('rule:people — found on set M', () => {
  it('reads the surname 傅 (off the list before)', () => {
    expect(people('某某纪念医院院长傅立志表示，医院将持续投入。')).toEqual(['傅立志/院长']);
  });

  it('reads a name the segmenter holds as an idiom, closed where a name ends', () => {
    expect(people('副县长陈璧君等人与会见证。')).toEqual(['陈璧君/副县长']);
  });

  it('reads a newspaper head at 社长 before the name', () => {
    expect(people('采风团在社长周立平及报社领导的带领下来到工地。')).toEqual(['周立平/社长']);
  });

  it('reads no person out of an honorary post (荣誉董事长)', () => {
    expect(people('林某廷也获颁某医疗财团法人荣誉董事长。')).toEqual([]);
  });

  it('reads no person out of a building or a fund named after one', () => {
    expect(people('某某医院邵逸民博士专科医疗大楼落成启用。')).toEqual([]);
    expect(people('设立王建华院士奖学金。')).toEqual([]);
    expect(people('王建华院士出席启用典礼。')).toEqual(['王建华/院士']);
  });

  it('reads a secretary named after the leader whose secretary they are (set X)', () => {
    expect(people('会上，邬建平会长秘书覃丽娟、周振东院士秘书闵晓蕾列席。')).toEqual([
      '邬建平/会长',
      '覃丽娟/秘书',
      '周振东/院士',
      '闵晓蕾/秘书',
    ]);
  });

  it('reads no person out of a station or a studio named after one (set X)', () => {
    expect(people('今年医院已建成周振东院士工作站和李秀兰教授工作室。')).toEqual([]);
    expect(people('周振东院士工作站在城南医院挂牌，周振东院士作学术报告。')).toEqual([
      '周振东/院士',
    ]);
  });
});

describe('rule:people — found on set P', () => {
  it.each([
    // The segmenter glues the third character to 一同 (王乃|弘一|同): the name ends before 一同.
    ['光田總院長王乃弘一同前往慰問長者。', ['王乃弘/总院长']],
    // A legislator's post after the name, as Taiwan papers list guests.
    ['在鍾明志縣長、黃建國立法委員等貴賓見證下，典禮舉行。', ['鍾明志/县长', '黃建國/立法委员']],
    // Hong Kong history: knights after their names, a governor before his.
    [
      '開幕典禮由時任港督彭志遠主持，何立德爵士、周慶年爵士等到賀。',
      ['彭志遠/港督', '何立德/爵士', '周慶年/爵士'],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — rare surnames, as the segmenter reads them after a post (session 10)', () => {
  it.each([
    ['院长赫建国表示，医院将扩建新病房楼。', ['赫建国/院长']],
    ['主任亓小龙说，手术进行得很顺利。', ['亓小龙/主任']],
    ['县长亓锋、副县长蒿建华出席开工仪式。', ['亓锋/县长', '蒿建华/副县长']],
    ['副院长禚文明主持会议。', ['禚文明/副院长']],
    ['党委书记赫连城在会上讲话。', ['赫连城/党委书记']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([['院长峰会在京举行，多家医院参加。'], ['院长带队前往乡镇卫生院。']])(
    'reads no name where the segmenter reads none: %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
});

describe('rule:people — an office’s word is no name (set Q)', () => {
  it('reads no person from the office before the next official’s post in a list', () => {
    expect(
      people('典禮由副總統林某某、教育部長陳某某、衛生署長黃某某、某大學校長王某某主持。'),
    ).toEqual(['林某某/副总统', '陳某某/部长', '黃某某/署长', '王某某/校长']);
  });

  it('still reads a listed name that a post follows', () => {
    expect(people('副院长张建华、李明主任出席会议。')).toContain('张建华/副院长');
  });
});

describe('rule:people — posts of session 12 (sentences our own)', () => {
  it('reads an autonomous prefecture’s leaders (州长, 常务副州长, 副州长)', () => {
    expect(
      people('州人民政府州长周建华，州委常委、常务副州长钱国栋，副州长孙立平等州领导出席会议。'),
    ).toEqual(['周建华/州长', '钱国栋/州委常委、常务副州长', '孙立平/副州长']);
  });

  it('reads 名中医, the title of honour, before and after the name', () => {
    expect(people('义诊现场，名中医吴文斌为群众把脉。')).toEqual(['吴文斌/名中医']);
    expect(people('义诊现场，吴文斌名中医看得认真。')).toEqual(['吴文斌/名中医']);
  });
});

describe('rule:people — those who speak for the people served (set S)', () => {
  it.each([
    ['前来看病的村民罗桂英说：“医生很耐心。”', ['罗桂英/村民']],
    ['患者代表邬海涛向医院赠送锦旗。', ['邬海涛/患者代表']],
    ['村民们纷纷前来咨询，社区居民排起长队。', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('rule:people — a list of honourees closed by 等先进个人 (set V)', () => {
  it.each([
    [
      '会上表彰了省级先进工作者周立新、市优秀共产党员解红梅、十佳护士林小燕、科技创新奖钱宏伟等先进个人。',
      ['周立新/', '解红梅/', '林小燕/', '钱宏伟/'],
    ],
    [
      '大会对市级先进工作者欧阳明、团体二等奖、个人三等奖马丽、优秀护士长吴红等先进个人进行了表彰。',
      ['欧阳明/', '马丽/', '吴红/护士长'],
    ],
    ['张建国、李华等人参加了活动。', ['张建国/', '李华/']],
    ['医院组织心内科、外科等人员参加培训。', []],
  ])('%s', (text, expected) => {
    expect(people(text).sort()).toEqual([...expected].sort());
  });
});

describe('rule:people — a foundation’s deputy head and an honoured former president (set Y)', () => {
  it('reads 副执行长 and 荣誉院长 as posts in a list of posts and names', () => {
    expect(
      people('揭牌仪式由执行长邵远航、副执行长甘立、荣誉院长桂春明、院长万启东共同主持。'),
    ).toEqual(['邵远航/执行长', '甘立/副执行长', '桂春明/荣誉院长', '万启东/院长']);
  });
});
