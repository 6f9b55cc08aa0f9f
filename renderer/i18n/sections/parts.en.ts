/** The form that edits a value part by part (issue 21.5). */
export const partsEn = {
  title: {
    metric: 'Edit the figure',
    person: 'Edit the person',
    investment: 'Edit the investment',
  },
  part: {
    name: 'Name',
    number: 'Number',
    unit: 'Unit',
    role: 'Post or role',
    amount: 'Amount',
    currency: 'Currency',
    purpose: 'What it is for',
  },
  partOf: {
    metric: {
      name: 'Name (e.g. 病区数)',
      number: 'Number (e.g. 52, 1.4万)',
      unit: 'Unit (e.g. 个, 人次)',
    },
    person: { name: 'Name', role: 'Post or role (e.g. 院长)' },
    investment: {
      amount: 'Amount (e.g. 4100万元, 3亿)',
      currency: 'Currency (CNY, USD, HKD, TWD, EUR, GBP, JPY)',
      purpose: 'What it is for (e.g. 新建住院楼)',
    },
  },
  problem: {
    required: '{{part}} is empty.',
    'not-a-number': '{{part}}: “{{text}}” is not a number.',
    'not-an-amount': '{{part}}: “{{text}}” is not an amount of money.',
    'unknown-currency': '{{part}}: “{{text}}” is not a currency Gleaner knows.',
    'currency-mismatch': '{{part}}: the amount names another currency.',
    'not-a-unit': '{{part}}: “{{text}}” is not a unit.',
    'too-long': '{{part}} is too long.',
  },
  save: 'Save',
  cancel: 'Cancel',
  hint: 'Enter saves, Esc cancels. The text it was read from stays marked as before.',
};
