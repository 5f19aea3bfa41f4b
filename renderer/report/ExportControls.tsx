/** "Export as [format] [button]" with the status line the save gives back. */
import { useState } from 'react';
import { errorText, Status, type StatusMessage } from '../components/Status';
import { FORMAT_LABELS, saveExport, type ExportFormat } from '../exports/saveExport';

interface Props<F extends ExportFormat> {
  projectName: string;
  /** What the file holds, for its name and the button: "findings table". */
  what: string;
  formats: readonly F[];
  make: (format: F) => Promise<Uint8Array | string>;
  disabled?: boolean;
}

export function ExportControls<F extends ExportFormat>({ projectName, what, formats, make, disabled }: Props<F>) {
  const [format, setFormat] = useState<F>(formats[0]!);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [isBusy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      setMessage({ kind: 'info', text: await saveExport(projectName, what, format, await make(format)) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="inline-form export-controls">
        {formats.length > 1 && (
          <label>Format <select value={format} onChange={(e) => setFormat(e.target.value as F)}>
            {formats.map((f) => <option key={f} value={f}>{FORMAT_LABELS[f]}</option>)}
          </select></label>
        )}
        <button type="button" className="primary" disabled={disabled || isBusy} onClick={() => void save()}>
          Export {what}{formats.length === 1 ? ` as ${FORMAT_LABELS[format]}` : ''}
        </button>
      </div>
      <Status message={message} onDismiss={() => setMessage(null)} />
    </>
  );
}
