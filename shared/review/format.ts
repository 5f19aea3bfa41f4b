/**
 * The response file a partner's review pack saves (issue 7, items 1 and 2): a small JSON file the
 * partner sends back. The pack writes it (see packScript.ts), `parseResponse` reads it. Version 1:
 *
 * {
 *   "format": "storyloom-review-response", "version": 1,
 *   "project": { "id": GUID, "name": "…" },
 *   "pack": { "id": GUID, "round": 1 },
 *   "reviewer": "name or initials", "savedAt": ISO date-time,
 *   "themes": [{ "codeId": GUID, "themeName": "…", "verdict": "yes" | "partly" | "no" | null,
 *                "suggestedName": "…", "comment": "…" }],
 *   "generalComment": "…"
 * }
 */
import type { ReviewVerdict } from '../model';

export const RESPONSE_FORMAT = 'storyloom-review-response';
export const RESPONSE_VERSION = 1;

export interface ThemeAnswer {
  codeId: string;
  /** The theme's name as the pack showed it. */
  themeName: string;
  verdict: ReviewVerdict | null;
  suggestedName: string;
  comment: string;
}

export interface ReviewResponse {
  format: typeof RESPONSE_FORMAT;
  version: number;
  project: { id: string; name: string };
  pack: { id: string; round: number };
  reviewer: string;
  /** When the partner pressed "Save my answers" (ISO 8601, UTC). */
  savedAt: string;
  themes: ThemeAnswer[];
  generalComment: string;
}

/** The pack's facts a response carries back. */
export interface PackIdentity {
  projectId: string;
  projectName: string;
  packId: string;
  round: number;
}
