/** Text for the XML of a spreadsheet package (xlsx.ts): escaped, and only as much as needed. */
import { xlsxRowCodec } from './xlsx-row-xml';

const codec = xlsxRowCodec();

/**
 * Element text (see xlsxRowCodec: control characters dropped, `& < >` and a literal `_xHHHH_`
 * escaped, quotes left as they are).
 */
export const xmlCellText = codec.xmlCellText;

/** `<t>` or `<t xml:space="preserve">` around escaped text. */
export const textElement = codec.textElement;

/** xmlCellText for attribute values (sheet names), where quotes are escaped too. */
export function xmlText(text: string): string {
  return xmlCellText(text).replaceAll('"', '&quot;');
}
