import { useCallback, useState } from 'react';
import type { ProjectId } from '../../shared/model';
import { Loading } from '../components/Loading';
import { Status, type StatusMessage } from '../components/Status';
import { useParticipants, useSources } from '../hooks/useProjectData';
import { Tabs } from '../components/Tabs';
import { RedactionLog } from './RedactionLog';
import { ReplaceAllPanel } from './ReplaceAllPanel';
import { ScanPanel } from './ScanPanel';
import { WithdrawPanel } from './WithdrawPanel';
import './anonymise.css';

type AnonymiseTab = 'scan' | 'replace' | 'withdraw' | 'log';

/**
 * Anonymisation and withdrawal (issue 3, items 6 and 7): find identifiers, replace them with
 * bracketed substitutes, withdraw a participant, and keep a log of it all. Each change is one
 * transaction and cannot be undone, because undoing would bring the removed words back.
 */
export function AnonymiseScreen({ projectId }: { projectId: ProjectId }) {
  return <AnonymiseWorkspace key={projectId} projectId={projectId} />;
}

function AnonymiseWorkspace({ projectId }: { projectId: ProjectId }) {
  const sources = useSources(projectId);
  const participants = useParticipants(projectId);
  const [tab, setTab] = useState<AnonymiseTab>('scan');
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const report = useCallback((kind: 'info' | 'error', text: string) => setStatus({ kind, text }), []);
  if (!sources || !participants) return <Loading what="sources" />;

  return (
    <div className="anonymise-screen">
      <h1>Anonymise</h1>
      <p className="lead">Replace names, places and other identifiers with bracketed roles such as [wife] or [Town],
        and withdraw a participant&apos;s data. Codings stay on the same words. These changes cannot be undone.</p>
      <Status message={status} onDismiss={() => setStatus(null)} />
      <Tabs className="anon" label="Anonymisation tools" selected={tab} onSelect={setTab} tabs={[
        { key: 'scan', label: 'Scan for identifiers', panel: <ScanPanel projectId={projectId} sources={sources} report={report} /> },
        { key: 'replace', label: 'Replace all', panel: <ReplaceAllPanel projectId={projectId} sources={sources} report={report} /> },
        { key: 'withdraw', label: 'Withdraw a participant', panel: <WithdrawPanel projectId={projectId} participants={participants} report={report} /> },
        { key: 'log', label: 'Redaction log', panel: <RedactionLog projectId={projectId} report={report} /> },
      ]} />
    </div>
  );
}
