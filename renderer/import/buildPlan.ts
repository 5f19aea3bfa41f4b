/**
 * The ticked drafts of a batch -> the import plan the repository stores in one transaction.
 * New participants are shared across the batch by label: "Facilitator" in two transcripts is
 * one person unless the user renames one of them. A spreadsheet row's respondent is a participant
 * with that row's attribute values.
 */
import type { ImportPlan, NewParticipantPlan, SpeakerTarget } from '../../shared/import/toProject';
import type { Participant } from '../../shared/model';
import type { DocumentDraft } from './batch';
import { resolveSpeaker, type ResolvedSpeaker } from './speakerTargets';

class NewParticipants {
  private readonly byLabel = new Map<string, NewParticipantPlan>();

  add(label: string, isFacilitator: boolean, attributes: Record<string, string> = {}, origin?: string): SpeakerTarget {
    const key = label.trim().toLowerCase();
    const known = this.byLabel.get(key);
    const role = isFacilitator || known?.role === 'facilitator' ? 'facilitator' : 'participant';
    this.byLabel.set(key, { label: known?.label ?? label.trim(), role, attributes: { ...known?.attributes, ...attributes }, origin: known?.origin ?? origin });
    return { newParticipant: label.trim() };
  }

  list(): NewParticipantPlan[] {
    return [...this.byLabel.values()];
  }
}

function targetOf(resolved: ResolvedSpeaker, created: NewParticipants): SpeakerTarget {
  return resolved.participant ? { participantId: resolved.participant.id } : created.add(resolved.label, resolved.isFacilitator);
}

/** The plan for every ticked document. Throws when nothing is ticked. */
export function buildPlan(documents: readonly DocumentDraft[], participants: readonly Participant[]): ImportPlan {
  const created = new NewParticipants();
  const ticked = documents.filter((d) => d.isIncluded);
  if (ticked.length === 0) throw new Error('Nothing to import: tick at least one document.');
  const planned = ticked.map((doc) => {
    const speakers: Record<string, SpeakerTarget> = {};
    for (const choice of doc.detectSpeakers ? doc.speakers : []) {
      const resolved = resolveSpeaker(doc.speakers, choice.name, participants);
      if (resolved) speakers[choice.name] = targetOf(resolved, created);
    }
    let author: SpeakerTarget | undefined;
    if (doc.respondent) {
      const label = doc.respondent.label.trim() || `Row ${doc.respondent.row}`;
      const existing = participants.find((p) => p.label.trim().toLowerCase() === label.toLowerCase());
      author = existing ? { participantId: existing.id }
        : created.add(label, false, doc.respondent.attributes, `${doc.fileName} row ${doc.respondent.row}`);
    }
    return {
      fileName: doc.fileName, title: doc.title, label: doc.label, kind: doc.kind, date: doc.date || null,
      text: doc.parsed.text, contentHash: doc.hash, turns: doc.parsed.turns, speakers, author,
    };
  });
  return { documents: planned, participants: created.list() };
}
