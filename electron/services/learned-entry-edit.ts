import type { Field } from '../../shared/schema';
import type { AuditedWrite } from '../database/audited-write';
import {
  clearLearnedEntry,
  writeLearnedEntry,
  type LearnedEntryRow,
} from '../database/learned-lexicon-repository';
import type { ProjectDatabase } from '../database/open-project';
import { parseFieldText } from './field-text-parser';

/** An edit of an entry curators decided on: the curator's word beside (or instead of) the votes. */
export function editDecidedEntry(
  db: ProjectDatabase,
  write: AuditedWrite,
  field: Field,
  text: string,
  input: { action: 'remove' | 'keep' | 'reset'; valueText?: string | undefined },
  beforeRow: LearnedEntryRow | undefined,
): void {
  if (input.action === 'reset') {
    clearLearnedEntry(db, field.key, text);
    return;
  }
  const value =
    input.action === 'keep' && input.valueText
      ? JSON.stringify(parseFieldText(field, input.valueText))
      : input.action === 'keep'
        ? (beforeRow?.curatorValue ?? null)
        : null;
  writeLearnedEntry(
    db,
    { fieldKey: field.key, text, status: input.action === 'remove' ? 'removed' : 'kept', value },
    write.at,
    write.actor,
  );
}
