/**
 * pdf.js ships no types for its worker module. shared/import only imports it for its side
 * effect: it sets `globalThis.pdfjsWorker`, which makes pdf.js run its worker code on the
 * calling thread (see pdfjs.ts).
 */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
