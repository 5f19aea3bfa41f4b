import { MAX_CODE_NAME } from '../../shared/codes/codeRules';

/** The name of an in-vivo code: the participant's own words, tidied only at the edges. */
export function inVivoName(words: string): string {
  const name = words.replace(/\s+/g, ' ').trim().replace(/^[\s"'“‘(…\-–—,.;:]+|[\s"'”’)…\-–—,;:]+$/gu, '');
  return name.length <= MAX_CODE_NAME ? name : `${name.slice(0, MAX_CODE_NAME - 1).trimEnd()}…`;
}
