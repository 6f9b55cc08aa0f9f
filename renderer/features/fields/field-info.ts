/** The little a value row needs to know about its field. */
export interface FieldInfo {
  key: string;
  label: string;
  type: string;
  many: boolean;
  /** The schema's guideline for the field, shown under its name. */
  guideline?: string | undefined;
  /** Alt+<hotkey> adds the reader's selection to the field. */
  hotkey?: string | undefined;
}
