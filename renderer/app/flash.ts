import type { StatusMessage } from '../components/Status';

let pending: StatusMessage | null = null;

/** Leaves a message for the next screen to show (e.g. after opening a file navigates away). */
export function flash(message: StatusMessage): void {
  pending = message;
}

/** Takes the pending message, once. */
export function takeFlash(): StatusMessage | null {
  const message = pending;
  pending = null;
  return message;
}
