import type { FieldValuePayload } from '../../shared/contract/domain';
import { canonicalJson } from '../../shared/extraction';
import type { ProjectDatabase } from '../database/open-project';
import { writeEditedValue } from '../database/value-edits-repository';
import { auditShape, loadValue, readValue, valueWrite } from '../services/value-write';

/**
 * Gives a value exactly the content a curator's version holds (the stored value and its raw
 * text), as an ordinary audited edit: same guard, revision check and audit row as editValue, so
 * history and undo read it like any edit. Unlike editValue nothing is parsed again: a version
 * that kept extraction's value gets that very value back, with its normalised details.
 */
export function takeValueContent(
  db: ProjectDatabase,
  input: { valueId: number; revision: number; value: unknown; raw: string },
  actor: string,
): FieldValuePayload {
  return valueWrite(db, input, actor, (row, write) => {
    const before = auditShape(db, row, true);
    writeEditedValue(
      db,
      row.id,
      { value: JSON.stringify(input.value), valueKey: canonicalJson(input.value), raw: input.raw },
      write.at,
    );
    const after = auditShape(db, loadValue(db, row.id), false);
    write.audit({ entity: 'value', entityId: row.id, action: 'edit', before, after });
    return readValue(db, row.id);
  });
}
