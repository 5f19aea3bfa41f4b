/**
 * Turns body content into .docx bytes: the shared styles, an A4 section with "Page n of m" in
 * the footer, document properties with a fixed date and "Storyloom" as creator, and zip entries
 * with fixed dates, so the same content always gives the same bytes.
 */
import { Document, Footer, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { escapeText } from '../qdpx/xmlWrite';
import { FOOTER_ALIGNMENT, PAGE, STYLES } from './docxStyles';
import { cleanText } from './docxText';
import { withFixedZipDates } from './docxZip';

const CREATOR = 'Storyloom';
/** The date in the document properties: fixed, so output does not depend on the clock. */
const FIXED_DATE = '2000-01-01T00:00:00Z';

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: FOOTER_ALIGNMENT,
        children: [new TextRun({ size: 18, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** docProps/core.xml written by hand: the docx package stamps the current time. */
function coreProperties(title: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeText(title)}</dc:title>` +
    `<dc:creator>${CREATOR}</dc:creator>` +
    `<cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The .docx bytes of a document titled `title` (its properties) holding `children`. */
export async function packDocx(title: string, children: readonly FileChild[]): Promise<Uint8Array> {
  const cleanTitle = cleanText(title).replace(/\n/g, ' ');
  const doc = new Document({
    title: cleanTitle,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: { default: footer() },
        children,
      },
    ],
  });
  const overrides = [{ path: 'docProps/core.xml', data: coreProperties(cleanTitle) }];
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc, false, overrides));
  return withFixedZipDates(bytes);
}
