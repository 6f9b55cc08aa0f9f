/** The little a value row needs to know about its field. */
export interface FieldInfo {
  key: string;
  label: string;
  type: string;
  many: boolean;
}
