/** The import dialog's warning about table rows that will not be imported. */
export const leftOutEn = {
  title: 'Some rows will be left out',
  rows_one: '{{name}}: {{count}} row will be left out: line {{lines}}',
  rows_other: '{{name}}: {{count}} rows will be left out: line {{lines}}',
  hint: 'Rows with more or fewer cells than the header, lines that are not a JSON object, and rows whose text column is empty are not imported; the other rows are, and the import report lists each row left out.',
};
