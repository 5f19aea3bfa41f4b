import { useLiveQuery } from 'dexie-react-hooks';
import type { ProjectId } from '../../shared/model';
import { flattenTree } from '../../shared/analysis/codeTree';
import { CodeTreeEditor } from '../codes/CodeTreeEditor';
import { CodeTreeView } from '../components/CodeTreeView';
import { formatDateTime } from '../components/format';
import { Loading } from '../components/Loading';
import { listMemosOfKind } from '../db/repositories/projectData';
import { PhaseScreen } from './PhaseScreen';
import { useTree } from './useTree';
import { routeHref } from '../app/routes';
import { SourcesTable } from './SourcesScreen';

type Props = { projectId: ProjectId };

export function FamiliarisePhase({ projectId }: Props) {
  const notes = useLiveQuery(() => listMemosOfKind(projectId, 'familiarisation'), [projectId]);
  return (
    <PhaseScreen projectId={projectId} phase="familiarise">
      <SourcesTable projectId={projectId} caption="Sources and whether you have read them" />
      <h2>Familiarisation notes</h2>
      {!notes ? <Loading what="notes" /> : notes.length === 0 ? <p>No familiarisation notes yet.</p> : (
        <ul className="notes">
          {notes.map((m) => (
            <li key={m.id}><h3>{m.title}</h3><p className="small muted">{formatDateTime(m.createdAt)}</p><p className="memo-text">{m.plainText}</p></li>
          ))}
        </ul>
      )}
      <p>
        Write familiarisation notes on the <a href={routeHref({ name: 'project', projectId, view: 'memos' })}>Memos</a> screen
        (kind: familiarisation note). Search every source and see word frequencies, by source or participant group, on
        the <a href={routeHref({ name: 'project', projectId, view: 'search' })}>Search</a> screen.
      </p>
    </PhaseScreen>
  );
}

export function CodePhase({ projectId }: Props) {
  return (
    <PhaseScreen projectId={projectId} phase="code">
      <h2>Codes and how much they are used</h2>
      <p>To code text, open a source below, select words and press <kbd>C</kbd> (or <kbd>V</kbd> for an in-vivo code).</p>
      <SourcesTable projectId={projectId} caption="Sources: open one to code it" />
      <CodeTreeEditor projectId={projectId} label="Code tree" />
    </PhaseScreen>
  );
}

export function DefinePhase({ projectId }: Props) {
  const data = useTree(projectId);
  const undefinedCodes = data ? flattenTree(data.tree).filter((n) => n.code.definition.trim() === '') : [];
  return (
    <PhaseScreen projectId={projectId} phase="define">
      {!data ? <Loading what="definitions" /> : (
        <>
          {undefinedCodes.length > 0 && (
            <><h2>Codes without a definition</h2><ul>{undefinedCodes.map((n) => <li key={n.code.id}>{n.path.join(' › ')}</li>)}</ul></>
          )}
          <h2>Definitions</h2>
          <CodeTreeView nodes={data.tree} levelNames={data.levelNames} showDefinitions label="Codes with their definitions" />
        </>
      )}
      <p>Edit a code's name and definition on the <a href={routeHref({ name: 'project', projectId, view: 'code' })}>Code</a> screen: select it in the tree.</p>
      <p>
        A code's exemplar in the codebook is the first quote chosen under it (Report phase, Quotes tab), or else its first
        coded extract. Export the codebook, with definitions, counts and exemplars, from the <a href={routeHref({ name: 'project', projectId, view: 'report' })}>Report</a> phase.
      </p>
    </PhaseScreen>
  );
}
