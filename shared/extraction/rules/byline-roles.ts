/**
 * The roles a credit line names (记者, 通讯员, 摄影…) and where one is written: kept apart from
 * the credit reader because the list grows with every newspaper's house style, while the reading
 * of a credit does not.
 */

// Longest first, so that 本报记者 is not read as 记者 and 摄影记者 not as 摄影.
const WRITER_ROLES = [
  '本报特约记者',
  '本报通讯员',
  '本报记者',
  '特约通讯员',
  '特约记者',
  '特派记者',
  '首席记者',
  '见习记者',
  '实习记者',
  '融媒记者',
  '全媒体记者',
  '融媒体记者',
  '通讯员',
  '实习生',
  '记者',
  '作者',
  '撰稿',
  '撰文',
  // 文字、编辑：X — one person wrote and edited the piece (session 12); the writer is a reporter.
  '文字、编辑',
  '文字/编辑',
  '文字',
  '文/图',
  '文／图',
  '图/文',
  '图／文',
  '图文',
  '文',
];
export const PHOTO_ROLES = ['摄影记者', '摄影', '摄像', '图片', '图'];
/**
 * Roles as pages misspell them, with the role meant: 通迅员 (迅 for 讯) is common enough in county
 * papers' credits that a correspondent written so would be lost.
 */
const MISSPELT_ROLES = new Map([
  ['本报通迅员', '本报通讯员'],
  ['特约通迅员', '特约通讯员'],
  ['通迅员', '通讯员'],
]);
const ROLES = [...WRITER_ROLES, ...PHOTO_ROLES, ...MISSPELT_ROLES.keys()].sort(
  (a, b) => b.length - a.length,
);

/** The role a credit means by the role as written (通迅员 is 通讯员). */
export function roleAsMeant(written: string): string {
  return MISSPELT_ROLES.get(written) ?? written;
}
/**
 * Roles that are also ordinary words (文化, 图为, 作者简介, 摄影技术) count only with a separator
 * after them: 文/张三, 图：李四, 作者 王五.
 */
const ROLES_NEEDING_SEPARATOR = new Set([
  '文',
  '图',
  '作者',
  '撰稿',
  '撰文',
  '文字',
  '文字、编辑',
  '文字/编辑',
  '图片',
  '摄影',
  '摄像',
]);
const ROLE_SEPARATOR = /^[ \t\u3000/／:：]/u;

/** First characters of the roles: most positions are rejected with one lookup. */
const ROLE_FIRST = new Set(ROLES.map((r) => r[0]!));

/** Whether a role may start at `at`: its first character is one a role starts with. */
export function mayStartRole(text: string, at: number): boolean {
  return ROLE_FIRST.has(text[at] ?? '');
}

/** The role written at `at` of `text`, longest first, or null. */
export function roleAt(text: string, at: number): string | null {
  if (!mayStartRole(text, at)) return null;
  let role: string | undefined;
  for (const r of ROLES) {
    if (text.startsWith(r, at)) {
      role = r;
      break;
    }
  }
  if (!role) return null;
  const after = text.slice(at + role.length, at + role.length + 1);
  if (ROLES_NEEDING_SEPARATOR.has(role) && !ROLE_SEPARATOR.test(after)) return null;
  return role;
}
