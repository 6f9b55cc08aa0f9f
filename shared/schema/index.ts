/** Field schemas: what a curator collects from articles, validated from user-editable JSON. */
export {
  EXTRACTOR_ID,
  FIELD_TYPES,
  fieldSchema,
  fieldSchemaDocument,
  subjectSchema,
  type Field,
  type FieldLabels,
  type FieldPattern,
  type FieldSchema,
  type FieldType,
  type SchemaSubject,
} from './field-schema';
export { FieldSchemaError, parseFieldSchema } from './parse';
export { HOSPITAL_SUBJECT, subjectOf } from './subject';
