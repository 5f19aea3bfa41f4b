import type { ProjectId } from '../../shared/model';

/** Anonymisation and withdrawal (being built: replaced by the anonymise screen). */
export function AnonymiseScreen(_: { projectId: ProjectId }) {
  return <h1>Anonymise</h1>;
}
