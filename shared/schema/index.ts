/** Field schemas: what a curator collects from articles, validated from user-editable JSON. */
export {
  EXTRACTOR_ID,
  FIELD_TYPES,
  fieldSchema,
  fieldSchemaDocument,
  type Field,
  type FieldLabels,
  type FieldPattern,
  type FieldSchema,
  type FieldType,
} from './field-schema';
export { FieldSchemaError, parseFieldSchema } from './parse';
