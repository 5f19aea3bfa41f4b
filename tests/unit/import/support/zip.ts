/** Small zip archives for the office-format tests, written with JSZip (Node is fine in tests). */
import JSZip from 'jszip';

export async function makeZip(entries: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx whose body is the given paragraphs' inner XML (runs), one `w:p` each. */
export function makeDocx(paragraphsXml: string[]): Promise<Uint8Array> {
  const body = paragraphsXml.map((p) => `<w:p>${p}</w:p>`).join('');
  return makeZip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
  });
}

/** A run of plain text. */
export const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
