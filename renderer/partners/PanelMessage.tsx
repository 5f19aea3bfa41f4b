/**
 * The Partner review tab's message: a line, or a line with a list (one per response file). A
 * live region, as the shared Status: errors are announced at once.
 */
export interface PanelMessage {
  kind: 'info' | 'error';
  text: string;
  lines?: readonly string[];
}

export function PanelMessageView({ message, onDismiss }: { message: PanelMessage | null; onDismiss: () => void }) {
  const isError = message?.kind === 'error';
  return (
    <div className="status-region" role={isError ? 'alert' : 'status'} aria-live={isError ? 'assertive' : 'polite'}>
      {message && (
        <div className={`status ${message.kind} partner-message`}>
          <div>
            <p>{message.text}</p>
            {message.lines && message.lines.length > 0 && <ul>{message.lines.map((line) => <li key={line}>{line}</li>)}</ul>}
          </div>
          <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss message">Dismiss</button>
        </div>
      )}
    </div>
  );
}
