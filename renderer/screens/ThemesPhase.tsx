import type { ProjectId } from '../../shared/model';
import { CodeTreeEditor } from '../codes/CodeTreeEditor';
import { Loading } from '../components/Loading';
import { ThematicMap } from '../map/ThematicMap';
import { PhaseScreen } from './PhaseScreen';
import { useTree } from './useTree';

type Props = { projectId: ProjectId };

export function ThemesPhase({ projectId }: Props) {
  const data = useTree(projectId);
  const loose = data?.tree.filter((n) => n.children.length === 0) ?? [];
  return (
    <PhaseScreen projectId={projectId} phase="themes">
      <h2>Codes not yet under a theme</h2>
      {!data ? <Loading what="codes" /> : loose.length === 0 ? <p>Every code sits under a theme.</p> : <ul>{loose.map((n) => <li key={n.code.id}>{n.code.name}</li>)}</ul>}
      <h2>Candidate themes</h2>
      <p className="small muted">Drag a code onto a theme, or select it and use Indent and Outdent, to collate codes into themes.</p>
      <CodeTreeEditor projectId={projectId} label="Themes and their codes" collapseFromDepth={1} />
      <ThematicMap projectId={projectId} />
    </PhaseScreen>
  );
}
