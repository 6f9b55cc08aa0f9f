/** Text for the XML of a spreadsheet package (xlsx.ts): escaped, and only as much as needed. */

/**
 * Characters XML 1.0 cannot hold are dropped, as exceljs did; the rest is escaped. Spreadsheet
 * readers decode `_xHHHH_` as the character HHHH, so such a literal text keeps its underscore
 * escaped (`_x005F_`) to read back as written. For attribute values (sheet names).
 */
export function xmlText(text: string): string {
  return xmlCellText(text).replaceAll('"', '&quot;');
}

// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const NOT_IN_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
/** Anything xmlCellText would change; most cells hold none, and one scan is all they cost. */
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_ESCAPING = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F&<>]|_x[0-9A-Fa-f]{4}_/;

/**
 * xmlText for element content, where a quote needs no escaping: the values sheet's spans and
 * JSON columns are full of quotes, and `&quot;` for each made the sheet a quarter larger (and
 * a function call per quote). Fixed strings, no callback.
 */
export function xmlCellText(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(NOT_IN_XML, '')
    .replace(LITERAL_ESCAPE, '_x005F_$1')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * `xml:space="preserve"` keeps whitespace a reader would otherwise be free to trim or fold; a
 * text without any needs none (most cells: ids, names, JSON without spaces), and leaving it
 * off takes 20 bytes off each such cell.
 */
const WHITESPACE = /[ \t\n\r]/;

export function textElement(text: string): string {
  return WHITESPACE.test(text) ? `<t xml:space="preserve">${text}</t>` : `<t>${text}</t>`;
}
