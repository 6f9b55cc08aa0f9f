import type { TFunction } from 'i18next';

/**
 * A readable name for an extractor id (`rule:area@1` → 面积 / Floor areas; `pattern:bed-count@2`
 * → 模式“bed-count”; `lexicon:sponsor@1` → 词表“sponsor”, a field's word list), with its
 * version only when it is not the first. Ids the app has no name for are shown as they are,
 * never hidden.
 */
export function extractorLabel(id: string, t: TFunction, exists: (key: string) => boolean): string {
  const match = /^([a-z]+):([a-z0-9][a-z0-9_-]*)@([1-9][0-9]*)$/.exec(id);
  if (!match) return id;
  const [, kind, name, version] = match as unknown as [string, string, string, string];
  let label: string;
  if (kind === 'rule' && exists(`rules.${name}`)) label = t(`rules.${name}`);
  else if (kind === 'pattern') label = t('rules.pattern', { name });
  else if (kind === 'lexicon') label = t('rules.lexicon', { name });
  else if (kind === 'learned') label = t('curation.learning.extractor');
  else return id;
  return version === '1' ? label : t('rules.version', { label, version });
}
