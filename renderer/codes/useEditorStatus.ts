import { useCallback, useState } from 'react';
import { errorText, type StatusMessage } from '../components/Status';

/**
 * The editor's status line and the one way its actions run: a repository call whose result is
 * described on success and whose thrown message is shown on failure. (Undo is the app's: the
 * header's button and Ctrl/Cmd+Z.)
 */
export function useEditorStatus() {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  /** Resolves to the action's result in a box (so a void action's success shows), or null when it failed. */
  const run = useCallback(async <T>(action: () => Promise<T>, describe: (result: T) => string): Promise<{ value: T } | null> => {
    try {
      const value = await action();
      setMessage({ kind: 'info', text: describe(value) });
      return { value };
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
      return null;
    }
  }, []);
  return { message, setMessage, run };
}

export type RunAction = ReturnType<typeof useEditorStatus>['run'];

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
