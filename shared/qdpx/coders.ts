/**
 * Coders of an imported project. Who coded what is recorded on every coding, so a coding or memo
 * whose creator is missing or unknown still gets a coder: an "Unknown coder" that keeps the
 * unknown user's GUID (so two unknown users stay two coders), or one shared "Unknown coder" for
 * items that name nobody. A project always has at least one coder.
 */
import { asId, newGuid, type Coder, type CoderId, type ProjectId } from '../model';
import type { QdeUser } from './qdeRead';

export const UNKNOWN_CODER = 'Unknown coder';

export class CoderDirectory {
  private readonly coders: Coder[];
  private readonly known = new Set<string>();
  private anonymous: CoderId | null = null;
  private unknownCount = 0;

  constructor(private readonly projectId: ProjectId, users: QdeUser[]) {
    this.coders = users.map((user, index) => ({
      id: asId<CoderId>(user.guid), projectId, name: user.name?.trim() || `Coder ${index + 1}`,
    }));
    for (const coder of this.coders) this.known.add(coder.id);
  }

  /** True when `guid` is one of the project's users. */
  has(guid: string | null): boolean {
    return guid !== null && this.known.has(guid);
  }

  /** The coder for a creatingUser GUID (or none), adding an unknown coder when needed. */
  resolve(guid: string | null): CoderId {
    if (guid === null) {
      this.anonymous ??= this.add(asId<CoderId>(newGuid()));
      return this.anonymous;
    }
    if (this.known.has(guid)) return asId<CoderId>(guid);
    return this.add(asId<CoderId>(guid));
  }

  private add(id: CoderId): CoderId {
    this.unknownCount++;
    const name = this.unknownCount === 1 ? UNKNOWN_CODER : `${UNKNOWN_CODER} ${this.unknownCount}`;
    this.coders.push({ id, projectId: this.projectId, name });
    this.known.add(id);
    return id;
  }

  /** All coders, the project's users first; at least one. */
  list(): Coder[] {
    if (this.coders.length === 0) this.resolve(null);
    return [...this.coders];
  }
}
