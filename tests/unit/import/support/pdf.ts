/**
 * Hand-made PDFs for tests: one Helvetica text run per entry, at the given position and size,
 * with a correct cross-reference table. A page with no runs has no text layer (like a scan).
 */
export interface PdfRun {
  x: number;
  y: number;
  size: number;
  text: string;
}

const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

export function makePdf(pages: PdfRun[][]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled in below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: string[] = [];
  for (const runs of pages) {
    const stream = runs.length === 0
      ? '0.5 g 72 72 400 600 re f' // a grey rectangle: a picture, no text
      : runs.map((r) => `BT /F1 ${r.size} Tf ${r.x} ${r.y} Td (${escapePdf(r.text)}) Tj ET`).join('\n');
    const contentNumber = objects.length + 1;
    add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(`${objects.length + 1} 0 R`);
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentNumber} 0 R >>`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
