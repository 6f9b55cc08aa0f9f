import { describe, expect, it } from 'vitest';
import { unfitTitleReason } from './title-fitness';

describe('unfitTitleReason', () => {
  it.each([
    ['（张三 供图）', 'caption'],
    ['（記者 王小明 攝）', 'caption'],
    ['图为医护人员为群众测量血压（刘晓燕 摄）', 'caption'],
    ['圖為新院區動土典禮現場', 'caption'],
    ['图/李四', 'caption'],
    ['周晓 摄', 'caption'],
    ['院长为新院区动土奠基。（记者 王五摄）', 'caption'],
    ['圖為動土典禮現場。（嘉禾醫院提供）', 'caption'],
    // A table's cell border after the caption.
    ['出席典禮的來賓合照。(某某社 林志明攝) |', 'caption'],
    ['某某網新聞中心', 'metadata'],
    ['论文部分内容阅读', 'chrome'],
    ['某某好新聞 2015-10-29 00:00', 'metadata'],
    ['某某日报 2024/03/01', 'metadata'],
    ['全文閱讀', 'chrome'],
    ['某网某某县站', 'metadata'],
    ['来源：宣传科 作者：周晓 点击量：326', 'metadata'],
    // Found on held-out set H: a posting date with the site's category label.
    ['2022-02-13 分类:养生资讯', 'metadata'],
    ['發布日期 2022-02-13 類別：健康', 'metadata'],
    ['2026-03-09 来源：本站 点击：88', 'metadata'],
    ['發布日期：2026-02-20 點擊數：1024', 'metadata'],
    ['发布于：2025-04-02 09:15   字体：【大】【中】【小】', 'metadata'],
    ['专题栏目：健康科普', 'metadata'],
    ['專欄:醫療新知', 'metadata'],
    // Set V: the writer's and the photographer's credit under the headline.
    ['文:林小雨 图:周大山', 'metadata'],
    ['文/图：宣传科', 'metadata'],
    ['文字：林小雨', 'metadata'],
    // Set T: a bulleted credit with any label, a profile card, a reading-time widget.
    ['• 核稿:周晓', 'metadata'],
    ['- 摄像:宣传科', 'metadata'],
    ['晴川市中医院 医院别称:市中医院 医院级别:三级甲等', 'metadata'],
    ['本文共812字,阅读约3分钟', 'chrome'],
    ['全文1200字 讀完約4分鐘', 'chrome'],
    ['中央社／ 高雄3日電', 'metadata'],
    ['新华社长沙12月5日电', 'metadata'],
    ['时间:2021-03-17 18:16:16', 'metadata'],
    ['日期：11-20', 'metadata'],
    ['登出', 'account'],
    ['会员中心 | 登录 | 注册', 'account'],
    ['會員中心 登出', 'account'],
    ['標籤: 新院區 動土', 'tags'],
    ['标签：', 'tags'],
    ['相关新闻', 'related-links'],
    ['相關新聞', 'related-links'],
    ['您现在的位置：首页 > 新闻动态', 'chrome'],
    ['首頁 > 最新消息 > 醫院新聞', 'chrome'],
    ['【打印本页】 【关闭窗口】', 'chrome'],
    ['首页 医院概况 新闻中心', 'chrome'],
    ['   ', 'empty'],
    // A credit line whatever outlet opens it, and the chrome of news sites without a 首页.
    ['晨光報／ 記者蘇建業／新北即時報導', 'metadata'],
    ['晨光報 記者何明遠/台南即時報導', 'metadata'],
    ['记者 韩冬、蒋一鸣 北京报道', 'metadata'],
    // A radio story's closing credit in brackets, the place after 在.
    ['(某廣記者林志明在台中報導)', 'metadata'],
    ['(林志明報導)', 'metadata'],
    ['某某日报·某某客户端记者 王强 通讯员 刘志明', 'metadata'],
    // Hong Kong and Taiwan credit lines: a division slash, or no role word at all (found on set J).
    ['記者張文彬∕彰化報導', 'metadata'],
    ['周嘉敏報道', 'metadata'],
    ['吳宗翰/花蓮報導', 'metadata'],
    ['打開 App', 'chrome'],
    ['资讯中心 > 社会新闻 > 正文', 'chrome'],
    // A box's heading, a counted button, a spam mirror's address, a gloss inside a label.
    ['详细内容', 'chrome'],
    ['新聞類別', 'chrome'],
    ['基本資料', 'chrome'],
    ['影音', 'chrome'],
    ['专题链接', 'chrome'],
    ['友情連結', 'chrome'],
    ['某某電子報', 'metadata'],
    ['某某日报', 'metadata'],
    ['引用 (2)', 'chrome'],
    ['评论（15）', 'chrome'],
    ['某地看牙齿的费用 http://www.example.com/', 'chrome'],
    ['县医院新院区启用 www.example.cn', 'chrome'],
    ['2019-05-06 08:30:00   來(lái)源:縣衛(wèi)生局', 'metadata'],
    ['健康频道 > 正文', 'chrome'],
    ['医疗机构 来自维基百科，自由的百科全书', 'chrome'],
    // Found on set M: a hard-wrapped opening, a picture note, a publication stamp.
    ['9月30日上午', 'metadata'],
    ['3月21日 下午', 'metadata'],
    ['(资料图片仅供参考)', 'chrome'],
    ['出版: 2024-08-14 10:10', 'chrome'],
    // Found on set L: a forum's profile card, a paper's issue line.
    ['- 粉丝:', 'chrome'],
    ['金币：', 'chrome'],
    ['- 帖子:0', 'chrome'],
    ['《 某某日报 》( 2024年09月17日 02 版)', 'chrome'],
    // Found on set P: a picture's label after the repeated headline, a posting date alone.
    ['县医院新院区正式投入使用(图1)', 'caption'],
    ['嘉禾醫院新院區動土典禮（圖二）', 'caption'],
    ['2021年6月18日', 'metadata'],
    ['2021-06-18', 'metadata'],
  ])('%s is never a headline (%s)', (line, reason) => {
    expect(unfitTitleReason(line)).toBe(reason);
  });

  it.each([
    '我院专家团队赴石岭镇开展义诊活动',
    '嘉禾醫院新院區動土 預計三年後啟用',
    '市卫健委召开全市医疗质量安全管理工作会议',
    '会员制家庭医生签约服务在我县推开',
    '关键时刻显担当 县医院抢救溺水儿童',
    '图书馆与医院共建健康阅读角',
    '医院来源广泛的志愿者队伍不断壮大',
    '我院举行护士节表彰大会（图）',
    '县医院专栏作家走进病房',
    '院长5日电话回访出院患者',
    '缩短急救时间 县医院胸痛中心再提速',
    '多家媒体报道县医院义诊',
    '县医院义诊获央视报道',
    '记者节里的白衣天使',
    '百名记者走进县医院',
    '下载量过万 医院App上线预约挂号',
    '医院开展全民健康阅读',
    '垃圾分类：县医院人人参与',
    '9月30日起县医院门诊时间调整',
    '关注儿童心理健康',
    // Headlines using a section word or a count among their own words.
    '新闻内容要真实：县医院开展宣传培训',
    '医院简介更新 新院区资料上线',
    '县医院新增病床（200张）',
    '视频问诊走进乡村',
    '日报记者走进县医院',
    '县医院开通链接预约',
    '2021年县医院十件大事',
    '县医院新院区效果图（图）公布',
  ])('%s may be a headline', (line) => {
    expect(unfitTitleReason(line)).toBeNull();
  });
});

describe('unfitTitleReason — a site’s notices and its journal’s name (session 9)', () => {
  it.each([
    '關閉此視窗 請至Edge官網下載 請至FireFox官網下載',
    '为获得最佳浏览效果，建议使用 Chrome 或 Edge 浏览器',
    '您的浏览器版本过低，请升级浏览器',
    '我已年滿18歲 進入',
    '电子院刊',
    '院报',
    '電子報',
  ])('%s is chrome', (line) => {
    expect(unfitTitleReason(line)).toBe('chrome');
  });

  it.each(['县医院开展院报编辑培训', '医院关闭此前的临时发热门诊', '我院电子院刊创刊十周年'])(
    '%s may be a headline',
    (line) => {
      expect(unfitTitleReason(line)).toBeNull();
    },
  );
});

describe('unfitTitleReason: a hospital directory card of attributes (found on set R)', () => {
  it.each([['三级甲等 综合医院 国营'], ['二甲 中医医院 公立'], ['三級甲等 綜合醫院 非營利性']])(
    '%s is metadata',
    (line) => {
      expect(unfitTitleReason(line)).toBe('metadata');
    },
  );

  it.each([['三级甲等医院 综合实力再提升'], ['县医院创建三级医院'], ['公立医院改革 民营医院发展']])(
    '%s may be a headline',
    (line) => {
      expect(unfitTitleReason(line)).toBeNull();
    },
  );
});
