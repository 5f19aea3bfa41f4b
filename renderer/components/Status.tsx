export interface StatusMessage {
  kind: 'info' | 'error';
  text: string;
}

/** A live region: screen readers hear the message; errors are announced at once. */
export function Status({ message, onDismiss }: { message: StatusMessage | null; onDismiss: () => void }) {
  return (
    <div className="status-region" role={message?.kind === 'error' ? 'alert' : 'status'} aria-live={message?.kind === 'error' ? 'assertive' : 'polite'}>
      {message && (
        <p className={`status ${message.kind}`}>
          <span>{message.text}</span>
          <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss message">Dismiss</button>
        </p>
      )}
    </div>
  );
}

/** The message of anything thrown, for the user. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
