/**
 * Types for the few parts of JSZip that shared/qdpx uses, declared on the self-contained build.
 *
 * Why not `import JSZip from 'jszip'`: jszip's own index.d.ts starts with
 * `/// <reference types="node" />`, which pulls Node's globals (Buffer, process, require) into
 * shared/'s typecheck and would let a stray `fs` or `process` compile there. The dist build is
 * also the one without Node dependencies, so it suits both the browser and the command line.
 */
declare module 'jszip/dist/jszip.min.js' {
  /** JSZip's internal stream over one entry's inflated bytes. */
  export interface ZipStream {
    on(event: 'data', listener: (chunk: Uint8Array) => void): ZipStream;
    on(event: 'error', listener: (error: Error) => void): ZipStream;
    on(event: 'end', listener: () => void): ZipStream;
    resume(): ZipStream;
    pause(): ZipStream;
  }

  export interface ZipEntry {
    /** The entry's name with `..` and `.` segments already resolved by JSZip. */
    readonly name: string;
    /** The name as stored in the archive, before JSZip resolved it (files only). */
    readonly unsafeOriginalName?: string;
    readonly dir: boolean;
    /** Internal: the compressed object, which knows its declared sizes. Read through a guard. */
    readonly _data?: unknown;
    internalStream(type: 'uint8array'): ZipStream;
  }

  export interface FileOptions {
    date?: Date;
    compression?: 'STORE' | 'DEFLATE';
    /** Add entries for the parent folders (JSZip stamps them with the current time). */
    createFolders?: boolean;
  }

  export interface GenerateOptions {
    type: 'uint8array';
    compression?: 'STORE' | 'DEFLATE';
    compressionOptions?: { level: number };
  }

  export interface Zip {
    readonly files: Record<string, ZipEntry>;
    file(name: string, data: Uint8Array | string, options?: FileOptions): Zip;
    generateAsync(options: GenerateOptions): Promise<Uint8Array>;
  }

  export interface ZipConstructor {
    new (): Zip;
    loadAsync(data: Uint8Array, options?: { checkCRC32?: boolean; createFolders?: boolean }): Promise<Zip>;
  }

  const JSZip: ZipConstructor;
  export default JSZip;
}
