import type { Phase } from '../../shared/model';

/** Braun & Clarke's six phases as the navigation names and explains them. */
export const PHASE_INFO: Record<Phase, { number: number; title: string; question: string }> = {
  familiarise: { number: 1, title: 'Familiarise', question: 'Read every source closely and note first ideas.' },
  code: { number: 2, title: 'Code', question: 'Code interesting features across the whole data set.' },
  themes: { number: 3, title: 'Themes', question: 'Collate codes into candidate themes and subthemes.' },
  review: { number: 4, title: 'Review', question: 'Do the coded extracts form a coherent pattern across the data set?' },
  define: { number: 5, title: 'Define', question: 'Give each theme a clear definition and name, with exemplar extracts.' },
  report: { number: 6, title: 'Report', question: 'Choose vivid extracts and relate them back to the question.' },
};
