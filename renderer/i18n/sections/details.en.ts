/**
 * The details inside an error — a schema problem by its zod issue code, a system failure by its
 * errno code or SQLite's message — so that a Chinese window says them in Chinese (the English
 * window shows the main side's own English). Both languages keep the same keys.
 */
export const detailsEn = {
  where: {
    field: 'field “{{field}}”, {{path}}',
    fieldOnly: 'field “{{field}}”',
    schema: 'the schema',
  },
  kinds: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    other: 'another kind of value',
  },
  zod: {
    invalid_type: 'should be {{expected}}',
    invalid_value: 'should be one of {{values}}',
    too_small_string: 'needs at least {{minimum}} characters',
    too_small_array: 'needs at least {{minimum}} entries',
    too_small_number: 'should be at least {{minimum}}',
    too_big_string: 'takes at most {{maximum}} characters',
    too_big_array: 'takes at most {{maximum}} entries',
    too_big_number: 'should be at most {{maximum}}',
    unrecognized_keys: 'has keys it does not know: {{keys}}',
    invalid_format: 'is not written as it should be',
    invalid_format_key: 'a key is snake_case ASCII (e.g. founded_year)',
    invalid_format_hotkey: 'a hotkey is one lowercase letter or digit',
    invalid_format_id: 'an id is kebab-case ASCII',
    invalid_format_extractor: 'extractor ids look like rule:money@1',
    invalid_format_output: 'output names are snake_case ASCII',
    invalid_union: 'is none of the allowed forms',
    other: 'is not valid',
    json: 'the file is not JSON',
    mapping: 'maps to a rule this version does not have, or one that does not fit the field',
    mappingOf:
      'maps to {{extractor}}, a rule this version does not have or one that does not fit the field',
  },
  own: {
    'duplicate-key': 'the key “{{key}}” is used twice',
    'hotkey-taken': 'the hotkey “{{hotkey}}” is already the hotkey of {{taken}}',
    'enum-without-values': 'an enum field needs enumValues',
    'values-without-enum': 'enumValues only apply to enum fields',
    'pattern-does-not-compile': 'the pattern “{{name}}” does not compile',
    'pattern-without-group':
      'the pattern “{{name}}” has no named group (write (?<value>…) around the value)',
    'values-block-removal':
      'has {{count}} values, so it cannot be removed or renamed; retire it instead (its values are kept and it is hidden)',
    'values-block-type-change':
      'has {{count}} values, so its type cannot change from {{from}} to {{to}}; retire it and add a new field instead',
    'values-block-single':
      'has {{count}} values, so it cannot become single-valued; retire it and add a new field instead',
    'part-required': 'the {{part}} is empty',
    'part-not-a-number': 'the {{part}} “{{given}}” is not a number',
    'part-not-an-amount': 'the {{part}} “{{given}}” is not an amount of money',
    'part-unknown-currency':
      'the {{part}} “{{given}}” is not a currency Gleaner knows (CNY, USD, HKD, TWD, EUR, GBP, JPY)',
    'part-currency-mismatch': 'the {{part}} “{{given}}” is not the currency the amount names',
    'part-not-a-unit': 'the {{part}} “{{given}}” is not a unit',
    'part-too-long': 'the {{part}} “{{given}}” is too long',
  },
  errno: {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'part of the path is not a folder',
    EEXIST: 'the file already exists',
    ENOSPC: 'no space left on the disk',
    EROFS: 'the disk is read-only',
    EBUSY: 'the file is in use',
    EMFILE: 'too many open files',
    ELOOP: 'too many links in the path',
    ENAMETOOLONG: 'the path is too long',
    EIO: 'the disk could not be read or written',
    other: 'system error {{code}}',
  },
  errnoAt: '{{text}} ({{path}})',
  sqlite: {
    'file is not a database': 'not a database file',
    'database is locked': 'another program holds the database locked',
    'disk I/O error': 'the disk could not be read or written',
    'database disk image is malformed': 'the database file is damaged',
    'attempt to write a readonly database': 'the database is read-only',
    'database or disk is full': 'the disk is full',
    'unable to open database file': 'the database file cannot be opened',
  },
  notJson: 'not valid JSON',
  notJsonAt: 'not valid JSON (line {{line}}, column {{column}})',
  untranslated: 'the system said why only in English (shown in the English interface)',
};
