/** Field schemas: what a curator collects from articles, validated from user-editable JSON. */
export {
  EXTRACTOR_ID,
  FIELD_TYPES,
  SUBJECT_INSTITUTION_KINDS,
  fieldSchema,
  fieldSchemaDocument,
  subjectSchema,
  type Field,
  type FieldLabels,
  type FieldPattern,
  type FieldSchema,
  type FieldType,
  type SchemaSubject,
  type SubjectInstitutionKind,
  type WordListEntry,
  WORD_LIST_TEXT_MAX,
  WORD_LIST_VALUE_MAX,
} from './field-schema';
export {
  FIELD_TYPES_OF_KIND,
  VALUE_KINDS,
  extractorIdsOf,
  mappingProblems,
  outputFor,
  refParts,
  type ExtractorDeclaration,
  type ExtractorOutput,
  type ExtractorRef,
  type ResolvedRef,
  type ValueKind,
} from './mapping';
export { FIELD_HUES, type FieldHue } from './field-hues';
export {
  FieldSchemaError,
  issueWithoutWords,
  parseFieldSchema,
  type ParseOptions,
  type SchemaIssue,
} from './parse';
export { HOSPITAL_SUBJECT, subjectInstitutionOf, subjectOf } from './subject';
