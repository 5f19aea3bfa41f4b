/**
 * Duplicate detection before import (issue 3 item 5): two sources are duplicates when their
 * canonical texts are identical, i.e. have the same SHA-256 (the Source's contentHash). Whether
 * a file is a copy is decided on content, not on its name: a renamed copy is still a copy, and
 * two different transcripts both called "notes.txt" are not.
 */
import { sha256Hex } from '../util/hash';

/** The content hash a Source stores: SHA-256 of the canonical text's UTF-8 bytes, hex. */
export function contentHash(canonicalText: string): Promise<string> {
  return sha256Hex(canonicalText);
}

export interface DuplicateCandidate {
  /** What the caller calls this document: a file name, or "survey.csv row 4". */
  key: string;
  /** Canonical text. */
  text: string;
}

/** Where a document's content already is. */
export type DuplicateOf =
  | { in: 'project'; existing: string }
  | { in: 'batch'; key: string };

export interface DuplicateCheck {
  key: string;
  hash: string;
  /** null when the content is new. */
  duplicateOf: DuplicateOf | null;
}

/**
 * Hashes each new document and says whether its content is already in the project
 * (`existingHashes`: content hash -> what to call that source, e.g. its label "FG 2") or
 * earlier in the same batch. Results come in the order of `newDocs`.
 */
export async function findDuplicates(
  newDocs: readonly DuplicateCandidate[],
  existingHashes: ReadonlyMap<string, string>,
): Promise<DuplicateCheck[]> {
  const hashes = await Promise.all(newDocs.map((doc) => contentHash(doc.text)));
  const firstInBatch = new Map<string, string>();
  return newDocs.map((doc, i) => {
    const hash = hashes[i] ?? '';
    const existing = existingHashes.get(hash);
    const earlier = firstInBatch.get(hash);
    if (earlier === undefined) firstInBatch.set(hash, doc.key);
    const duplicateOf: DuplicateOf | null = existing !== undefined
      ? { in: 'project', existing }
      : earlier !== undefined ? { in: 'batch', key: earlier } : null;
    return { key: doc.key, hash, duplicateOf };
  });
}
