/**
 * Backups on the Project files screen (issue 6, item 4): the project's backups (when, why, size),
 * "Back up now", download one, restore one as a new project (then open it), delete one. In the
 * browser, where backups live only in the browser's storage, a prompt to download one when none
 * was downloaded in the last 7 days.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import {
  BACKUP_REASON_LABELS, DOWNLOAD_REMINDER_DAYS, isDownloadDue, restoredProjectName, retentionSentence,
} from '../../shared/backup';
import type { ProjectId } from '../../shared/model';
import { routeHref } from '../app/routes';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDate, formatNumber } from '../components/format';
import { errorText, Status, type StatusMessage } from '../components/Status';
import {
  backupBytes, backupDownloadName, backupNow, deleteBackups, lastBackupDownload, listBackups, noteBackupDownloaded,
  restoreBackup, type Backup,
} from '../db/repositories/backups';
import { listLogEvents } from '../db/repositories/redaction';
import { platform } from '../platform';

const QDPX_FILTER = { name: 'REFI-QDA project', extensions: ['qdpx'] };
const whenFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/** "23 Nov 2026, 10:15:02": to the second, so two backups of one minute have different names. */
export function backupWhen(backup: Backup): string {
  return whenFormat.format(new Date(backup.at));
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The folder of a file path, either separator. */
const folderOf = (path: string) => path.replace(/[\\/][^\\/]*$/, '');

type Pending =
  | { kind: 'restore'; backup: Backup }
  | { kind: 'delete'; backups: Backup[] };

export function BackupsPanel({ projectId }: { projectId: ProjectId }) {
  const backups = useLiveQuery(() => listBackups(projectId), [projectId]);
  const downloaded = useLiveQuery(async () => ({ last: await lastBackupDownload(projectId), checkedAt: Date.now() }), [projectId]);
  const lastDownload = downloaded?.last ?? null;
  /** The newest redaction or withdrawal: older backups still hold what it removed. */
  const removedAt = useLiveQuery(async () => (await listLogEvents(projectId))[0]?.at ?? null, [projectId]);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [restored, setRestored] = useState<{ projectId: ProjectId; name: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [isBusy, setBusy] = useState(false);
  const backUpButton = useRef<HTMLButtonElement>(null);
  const openLink = useRef<HTMLAnchorElement>(null);
  useEffect(() => openLink.current?.focus(), [restored]);
  /** Set when "Back up now" should take the focus once it is enabled again (the row that had it is gone). */
  const refocus = useRef(false);
  useEffect(() => {
    if (isBusy || !refocus.current) return;
    refocus.current = false;
    backUpButton.current?.focus();
  }, [isBusy]);

  const isDesktop = platform.kind === 'desktop';
  const newest = backups?.[0];
  const folder = backups?.find((b) => b.filePath)?.filePath;
  const holding = removedAt ? (backups ?? []).filter((b) => b.at < removedAt) : [];
  const isDue = !isDesktop && downloaded !== undefined && isDownloadDue(lastDownload, downloaded.checkedAt, (backups?.length ?? 0) > 0);

  const run = async (action: () => Promise<StatusMessage | null>) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const backUp = () => run(async () => {
    setRestored(null);
    const { backup, isNew } = await backupNow(projectId, 'by hand');
    if (!isNew) return { kind: 'info', text: `Nothing has changed since the backup of ${backupWhen(backup)}, so no new one was made.` };
    return { kind: 'info', text: `Backed up at ${backupWhen(backup)}.${backup.filePath ? ` Also saved as ${backup.filePath}.` : ''}` };
  });

  const download = (backup: Backup) => run(async () => {
    const name = backupDownloadName(backup);
    const outcome = await platform.saveFile(name, await backupBytes(projectId, backup.id), QDPX_FILTER);
    if (!outcome.isSaved) return { kind: 'info', text: 'Not saved.' };
    await noteBackupDownloaded(projectId);
    return { kind: 'info', text: `Saved "${name}" to ${outcome.where}.` };
  });

  const confirm = () => {
    const job = pending;
    setPending(null);
    if (!job) return;
    if (job.kind === 'restore') {
      void run(async () => {
        setRestored(await restoreBackup(projectId, job.backup.id));
        return null;
      });
    } else {
      void run(async () => {
        await deleteBackups(projectId, job.backups.map((b) => b.id));
        refocus.current = true;
        const n = job.backups.length;
        return { kind: 'info', text: n === 1 ? `Deleted the backup of ${backupWhen(job.backups[0]!)}.` : `Deleted ${n} backups.` };
      });
    }
  };

  return (
    <section className="panel" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p>
        Storyloom backs this project up every 10 minutes while it is open, if anything changed, and before every import,
        merge, redaction and withdrawal. {retentionSentence()} A backup is restored as a new project: this one is never
        overwritten.
      </p>
      {isDesktop
        ? <p>Each backup is also saved as a project file in Storyloom's backups folder{folder ? <>: <code>{folderOf(folder)}</code></> : ''}.</p>
        : <p>Backups in the browser live in this browser's storage: download one now and then and keep it somewhere safe, as clearing the browser's data deletes them with the project.</p>}
      {isDue && newest && (
        <div className="status" role="note" aria-label="Download a backup">
          <span>
            {lastDownload
              ? `You last downloaded a backup of this project on ${formatDate(lastDownload)}, more than ${DOWNLOAD_REMINDER_DAYS} days ago.`
              : 'You have not downloaded a backup of this project yet.'}
            {' '}Download one now and keep it outside the browser.
          </span>
          <button type="button" onClick={() => void download(newest)} disabled={isBusy}>Download the newest backup</button>
        </div>
      )}
      <div className="actions">
        <button type="button" ref={backUpButton} onClick={() => void backUp()} disabled={isBusy}>Back up now</button>
      </div>
      <Status message={status} onDismiss={() => setStatus(null)} />
      {restored && (
        <div className="status" role="status">
          <span>Restored the backup as the new project “{restored.name}”. This project is unchanged.</span>
          <a ref={openLink} className="button-link" href={routeHref({ name: 'project', projectId: restored.projectId, view: 'dashboard' })}>
            Open “{restored.name}”
          </a>
        </div>
      )}
      {backups === undefined
        ? <p>Loading backups…</p>
        : backups.length === 0
          ? <p>No backups of this project yet.</p>
          : (
            <>
              {holding.length > 0 && (
                <p>
                  {holding.length === 1 ? 'One backup was' : `${holding.length} backups were`} made before the latest redaction or
                  withdrawal and still {holding.length === 1 ? 'holds' : 'hold'} what it removed.{' '}
                  <button type="button" onClick={() => setPending({ kind: 'delete', backups: holding })} disabled={isBusy}>
                    {holding.length === 1 ? 'Delete that backup' : `Delete those ${holding.length} backups`}
                  </button>
                </p>
              )}
              <table className="data-table">
                <caption>Backups of this project, newest first</caption>
                <thead>
                  <tr><th scope="col">When</th><th scope="col">Why</th><th scope="col" className="num">Size</th><th scope="col">Actions</th></tr>
                </thead>
                <tbody>
                  {backups.map((backup) => {
                    const when = backupWhen(backup);
                    return (
                      <tr key={backup.id}>
                        <th scope="row">{when}</th>
                        <td>
                          {BACKUP_REASON_LABELS[backup.reason]}
                          {removedAt && backup.at < removedAt && <span className="muted small"> (holds text removed since)</span>}
                        </td>
                        <td className="num">{formatSize(backup.size)}</td>
                        <td>
                          <div className="actions">
                            <button type="button" onClick={() => void download(backup)} disabled={isBusy}
                              aria-label={`Download the backup of ${when}`}>Download</button>
                            <button type="button" onClick={() => setPending({ kind: 'restore', backup })} disabled={isBusy}
                              aria-label={`Restore as a new project: the backup of ${when}`}>Restore as a new project</button>
                            <button type="button" onClick={() => setPending({ kind: 'delete', backups: [backup] })} disabled={isBusy}
                              aria-label={`Delete the backup of ${when}`}>Delete</button>
                          </div>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )}
      {pending?.kind === 'restore' && (
        <ConfirmDialog title={`Restore the backup of ${backupWhen(pending.backup)}?`} confirmLabel="Restore as a new project"
          onConfirm={confirm} onCancel={() => setPending(null)}>
          <p>
            The backup opens as a new project, “{restoredProjectName(pending.backup.projectName, new Date(pending.backup.at))}”,
            next to this one. This project is not changed.
          </p>
        </ConfirmDialog>
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog isDestructive confirmLabel={pending.backups.length === 1 ? 'Delete backup' : `Delete ${pending.backups.length} backups`}
          title={pending.backups.length === 1 ? `Delete the backup of ${backupWhen(pending.backups[0]!)}?` : `Delete ${pending.backups.length} backups?`}
          onConfirm={confirm} onCancel={() => setPending(null)}>
          <p>A deleted backup cannot be brought back.</p>
          {isDesktop && <p>Copies in the backups folder are not deleted: delete them there, or they go when the retention rule drops them.</p>}
        </ConfirmDialog>
      )}
    </section>
  );
}
