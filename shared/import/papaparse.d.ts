/**
 * Types for the part of Papa Parse that shared/import uses, declared on its self-contained
 * build. Why not `import Papa from 'papaparse'`: @types/papaparse starts with
 * `/// <reference types="node" />`, which would pull Node's globals into shared/ (the same
 * reason shared/qdpx/jszip.d.ts exists). Declaring the subpath leaves 'papaparse' itself, and
 * its real types, to the renderer and the CLI.
 */
declare module 'papaparse/papaparse.min.js' {
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    /** Index of the data row the error is about, when known. */
    row?: number;
  }

  export interface ParseResult {
    data: string[][];
    errors: ParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean };
  }

  export interface ParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    newline?: '\n' | '\r' | '\r\n';
    header?: false;
    dynamicTyping?: false;
    skipEmptyLines?: boolean | 'greedy';
  }

  const Papa: { parse(input: string, config?: ParseConfig): ParseResult };
  export default Papa;
}
