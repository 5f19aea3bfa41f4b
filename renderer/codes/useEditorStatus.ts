import { useCallback, useState } from 'react';
import { errorText, type StatusMessage } from '../components/Status';

/**
 * The editor's status line and the one way its actions run: a repository call whose result is
 * described on success and whose thrown message is shown on failure. (Undo is the app's: the
 * header's button and Ctrl/Cmd+Z.)
 */
export function useEditorStatus() {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const run = useCallback(async <T>(action: () => Promise<T>, describe: (result: T) => string): Promise<T | undefined> => {
    try {
      const result = await action();
      setMessage({ kind: 'info', text: describe(result) });
      return result;
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
      return undefined;
    }
  }, []);
  return { message, setMessage, run };
}

export type RunAction = ReturnType<typeof useEditorStatus>['run'];

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
