/**
 * The few platform globals shared/ may use: present in browsers and in Node 20 alike.
 * Declared here because shared/ compiles without the DOM and Node type libraries.
 */
declare global {
  interface Crypto {
    randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
    readonly subtle: {
      digest(algorithm: 'SHA-256' | 'SHA-1', data: Uint8Array): Promise<ArrayBuffer>;
    };
  }
  var crypto: Crypto;
  class TextEncoder {
    encode(input?: string): Uint8Array;
  }
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
    decode(input?: Uint8Array | ArrayBuffer): string;
  }
}
export {};
