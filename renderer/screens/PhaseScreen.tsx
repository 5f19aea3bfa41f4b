import type { ReactNode } from 'react';
import type { Phase, ProjectId } from '../../shared/model';
import { PHASE_INFO } from '../app/phases';
import { Loading } from '../components/Loading';
import { useProgress } from '../hooks/useProjectData';

/** The heading, question and measured progress every phase screen opens with. */
export function PhaseScreen({ projectId, phase, children }: { projectId: ProjectId; phase: Phase; children: ReactNode }) {
  const progress = useProgress(projectId);
  const info = PHASE_INFO[phase];
  const measure = progress?.phases.find((p) => p.phase === phase);
  return (
    <>
      <h1><span className="phase-number">{info.number}</span> {info.title}</h1>
      <p className="lead">{info.question}</p>
      {measure ? (
        <p className="phase-measure">
          <progress max={Math.max(measure.total, 1)} value={measure.done} aria-label={`${info.title} progress`} /> {measure.summary}
        </p>
      ) : <Loading what="progress" />}
      {children}
    </>
  );
}
