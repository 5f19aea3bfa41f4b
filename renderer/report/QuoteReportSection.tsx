/** The quote report (issue 5, item 7): quotes under theme > perspective > subtheme headings. */
import { useMemo } from 'react';
import { quoteReportDocx } from '../../shared/export/docx';
import { quoteReportHtml } from '../../shared/export/html';
import { quoteReportMarkdown } from '../../shared/export/markdown';
import { quoteReport } from '../../shared/report/quoteReport';
import type { QuoteSection } from '../../shared/report/types';
import type { ProjectBundle } from '../../shared/model';
import { ExportControls } from './ExportControls';

const countQuotes = (sections: readonly QuoteSection[]): number =>
  sections.reduce((n, s) => n + s.quotes.length + countQuotes(s.children), 0);

export function QuoteReportSection({ bundle }: { bundle: ProjectBundle }) {
  const sections = useMemo(() => quoteReport(bundle), [bundle]);
  const count = countQuotes(sections);
  const title = `${bundle.project.name}: quotes`;
  return (
    <section aria-labelledby="quote-report-heading">
      <h2 id="quote-report-heading">Quote report</h2>
      <p>{count === 0 ? 'Choose quotes first (the Quotes tab): the report lists them under their themes.'
        : `${count} ${count === 1 ? 'quote' : 'quotes'} under ${sections.length} ${sections.length === 1 ? 'theme' : 'themes'}, each with its attribution.`}</p>
      <ExportControls projectName={bundle.project.name} what="quote report" formats={['docx', 'html', 'md'] as const} disabled={count === 0}
        make={async (format) => (format === 'docx' ? quoteReportDocx(title, sections)
          : format === 'html' ? quoteReportHtml(title, sections) : quoteReportMarkdown(title, sections))} />
    </section>
  );
}
