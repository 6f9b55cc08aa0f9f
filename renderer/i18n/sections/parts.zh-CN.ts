import type { Strings } from '../strings';
import type { partsEn } from './parts.en';

export const partsZhCN: Strings<typeof partsEn> = {
  title: {
    metric: '修改数据',
    person: '修改人物',
    investment: '修改投资',
  },
  part: {
    name: '名称',
    number: '数值',
    unit: '单位',
    role: '职务',
    amount: '金额',
    currency: '币种',
    purpose: '用途',
  },
  partOf: {
    metric: {
      name: '名称（如 病区数）',
      number: '数值（如 52、1.4万）',
      unit: '单位（如 个、人次）',
    },
    person: { name: '姓名', role: '职务（如 院长）' },
    investment: {
      amount: '金额（如 4100万元、3亿）',
      currency: '币种（CNY、USD、HKD、TWD、EUR、GBP、JPY）',
      purpose: '用途（如 新建住院楼）',
    },
  },
  problem: {
    required: '{{part}}不能为空。',
    'not-a-number': '{{part}}：“{{text}}”不是数字。',
    'not-an-amount': '{{part}}：“{{text}}”不是金额。',
    'unknown-currency': '{{part}}：“{{text}}”不是可识别的币种。',
    'currency-mismatch': '{{part}}：与金额中写明的币种不同。',
    'not-a-unit': '{{part}}：“{{text}}”不是单位。',
    'too-long': '{{part}}太长。',
  },
  save: '保存',
  cancel: '取消',
  hint: 'Enter 保存，Esc 取消。原文中的出处标记不变。',
};
