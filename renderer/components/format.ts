import type { SourceKind } from '../../shared/model';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat('en-GB');

export const formatNumber = (n: number) => numberFormat.format(n);

export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'focus-group': 'Focus group',
  interview: 'Interview',
  narrative: 'Narrative',
  document: 'Document',
};
