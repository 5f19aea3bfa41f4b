/**
 * The built-in PDF extractor: pdf.js's legacy build, the one that runs in Node 20 and in every
 * browser. Its worker module is imported onto the calling thread (it registers
 * `globalThis.pdfjsWorker`, and pdf.js then uses it instead of starting a Worker), so the same
 * call path works under the CLI's Node, in Vite's bundle and under a strict CSP with no
 * worker-src or blob: URLs. Both modules load lazily, on the first PDF. The renderer may inject
 * its own extractor (a real Web Worker keeps long PDFs off the UI thread); see BinaryExtractors.
 */
import type { PdfPageText, PdfTextItem } from '../types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    .then(() => import('pdfjs-dist/legacy/build/pdf.mjs'))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Text runs of every page, in PDF user space. Rejects with pdf.js's PasswordException or InvalidPDFException. */
export async function pdfjsPages(bytes: Uint8Array): Promise<PdfPageText[]> {
  const pdfjs = await loadPdfJs();
  // pdf.js may take ownership of the buffer it is given; the caller's bytes stay intact.
  const task = pdfjs.getDocument({
    data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        items.push({ str: item.str, x, y, width: item.width, height: Math.hypot(c, d) });
      }
      pages.push({ width, height, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
