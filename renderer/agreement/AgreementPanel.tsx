/**
 * Agreement between coders (issue 7, item 4), the Review phase's "Agreement" tab: choose two
 * coders and the unit, read % agreement, Cohen's kappa and Krippendorff's alpha per code and
 * pooled, export the table, and talk through the disagreements on a code side by side.
 * The figures come from the shared core (shared/agreement), the same as `cli agreement`.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useRef, useState } from 'react';
import {
  agreementInputOf, codersWithCodings, codingAgreement, type AgreementResult, type AgreementUnit,
} from '../../shared/agreement/agreement';
import { agreementTable, formatStatistic, OVERALL_LABEL, UNIT_LABELS } from '../../shared/agreement/table';
import { tableToCsv } from '../../shared/export/csv';
import { tablesToXlsx } from '../../shared/export/xlsx';
import type { CodeId, Coder, CoderId, ProjectId } from '../../shared/model';
import { routeHref } from '../app/routes';
import { formatNumber } from '../components/format';
import { Loading } from '../components/Loading';
import { loadAgreementData, type AgreementData } from '../db/repositories/coders';
import { useProject } from '../hooks/useProjectData';
import { ExportControls } from '../report/ExportControls';
import { DisagreementList } from './DisagreementList';
import './agreement.css';

export function AgreementPanel({ projectId }: { projectId: ProjectId }) {
  const data = useLiveQuery(() => loadAgreementData(projectId), [projectId]);
  const project = useProject(projectId);
  if (!data || !project) return <Loading what="the coders' codings" />;
  return <Agreement projectId={projectId} projectName={project.name} data={data} />;
}

function NeedsTwoCoders({ projectId, data }: { projectId: ProjectId; data: AgreementData }) {
  const active = codersWithCodings(data.codings);
  const nameOf = (id: CoderId) => data.coders.find((c) => c.id === id)?.name ?? 'an unknown coder';
  const withoutCodings = data.coders.filter((c) => !active.some((a) => a.coderId === c.id));
  return (
    <div className="agreement-empty">
      <p>
        Agreement compares two coders who have each coded the same sources.{' '}
        {active.length === 0 ? 'Nobody has coded anything yet.' : `So far only ${nameOf(active[0]!.coderId)} has codings.`}
        {withoutCodings.length > 0 && ` ${withoutCodings.map((c) => c.name).join(', ')} ${withoutCodings.length === 1 ? 'has' : 'have'} none yet.`}
      </p>
      <p>To get there, either:</p>
      <ol>
        <li><strong>Create a second coder</strong> with the <em>Coder</em> button at the top of the window (&ldquo;Add coder&rdquo;). New codings are recorded as theirs.</li>
        <li><strong>Code blind</strong>: in the same dialog turn on <em>Blind coding</em>, so the reader hides the first coder&rsquo;s codings, then code the same sources as the second coder.</li>
        <li>Or <strong>merge a colleague&rsquo;s project file</strong>: they code their own copy of the project and send it back; open it from{' '}
          <a href={routeHref({ name: 'project', projectId, view: 'files' })}>Project files</a>.</li>
      </ol>
    </div>
  );
}

function Agreement({ projectId, projectName, data }: { projectId: ProjectId; projectName: string; data: AgreementData }) {
  const id = useId();
  const active = useMemo(() => codersWithCodings(data.codings), [data.codings]);
  const choices = useMemo(() => active.map((a) => ({ coder: data.coders.find((c) => c.id === a.coderId), codings: a.codings }))
    .filter((c): c is { coder: Coder; codings: number } => c.coder !== undefined), [active, data.coders]);
  const [pickedA, setA] = useState<CoderId | ''>('');
  const [pickedB, setB] = useState<CoderId | ''>('');
  const [unit, setUnit] = useState<AgreementUnit>('character');
  const [chosenCode, setChosenCode] = useState<CodeId | ''>('');
  const disagreementHeading = useRef<HTMLHeadingElement>(null);
  const input = useMemo(() => agreementInputOf(data), [data]);

  // Defaults: the two coders with most codings; a choice stays while that coder still has codings.
  const has = (coderId: CoderId | '') => choices.some((c) => c.coder.id === coderId);
  const coderA = has(pickedA) ? pickedA as CoderId : choices[0]?.coder.id;
  const coderB = has(pickedB) ? pickedB as CoderId : choices.find((c) => c.coder.id !== coderA)?.coder.id;
  const result = useMemo(() => (coderA && coderB && coderA !== coderB ? codingAgreement(input, coderA, coderB, unit) : null),
    [input, coderA, coderB, unit]);
  if (choices.length < 2 || !coderA || !coderB) {
    return (
      <section aria-labelledby={`${id}-heading`} className="agreement">
        <h2 id={`${id}-heading`}>Agreement between coders</h2>
        <NeedsTwoCoders projectId={projectId} data={data} />
      </section>
    );
  }
  const nameOf = (coderId: CoderId) => choices.find((c) => c.coder.id === coderId)?.coder.name ?? 'Unknown coder';
  const names = { a: nameOf(coderA), b: nameOf(coderB) };
  const coderSelect = (label: string, value: CoderId, onChange: (v: CoderId) => void) => (
    <label>{label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as CoderId)}>
        {choices.map((c) => <option key={c.coder.id} value={c.coder.id}>{c.coder.name} ({formatNumber(c.codings)} {c.codings === 1 ? 'coding' : 'codings'})</option>)}
      </select>
    </label>
  );
  const showDisagreements = (codeId: CodeId) => {
    setChosenCode(codeId);
    requestAnimationFrame(() => disagreementHeading.current?.focus());
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="agreement">
      <h2 id={`${id}-heading`}>Agreement between coders</h2>
      <p className="small muted">
        How far two coders coded the same words with the same codes: percentage agreement, Cohen&rsquo;s kappa and
        Krippendorff&rsquo;s alpha per code, as NVivo and QualCoder compare coding. Percentage agreement is high whenever most of
        the text is left uncoded by both; kappa and alpha allow for that. Above 0.8 is usually read as good agreement. A code
        neither coder used has no kappa or alpha (&ldquo;undefined&rdquo;).
      </p>
      <div className="inline-form agreement-controls">
        {coderSelect('Coder A', coderA, setA)}
        {coderSelect('Coder B', coderB, setB)}
        <fieldset className="unit-choice">
          <legend>Units</legend>
          {(['character', 'turn'] as const).map((u) => (
            <label key={u}>
              <input type="radio" name={`${id}-unit`} value={u} checked={unit === u} onChange={() => setUnit(u)} />{' '}
              {u === 'character' ? 'Characters' : 'Speaker turns'}
            </label>
          ))}
        </fieldset>
      </div>
      {!result ? <p role="alert" className="error-text">Choose two different coders to compare.</p> : (
        <>
          <OverallSummary result={result} names={names} />
          <AgreementTable result={result} names={names} onShowDisagreements={showDisagreements} />
          <ExportControls projectName={projectName} what="agreement table" formats={['csv', 'xlsx'] as const}
            make={async (format) => {
              const table = agreementTable(result, names);
              return format === 'csv' ? tableToCsv(table) : tablesToXlsx([table]);
            }} />
          <DisagreementList projectId={projectId} data={data} input={input} result={result} names={names}
            codeId={chosenCode} onChooseCode={setChosenCode} headingRef={disagreementHeading} />
        </>
      )}
    </section>
  );
}

/** Landis and Koch's (1977) bands for kappa, in their words. */
function strength(kappa: number): string {
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}

function OverallSummary({ result, names }: { result: AgreementResult; names: { a: string; b: string } }) {
  const { overall } = result;
  const units = UNIT_LABELS[result.unit].plural;
  if (overall.codes === 0) {
    return <p className="agreement-overall">{names.a} and {names.b} have no codes in common use yet: neither coded anything the other could be compared with.</p>;
  }
  return (
    <p className="agreement-overall">
      Overall, over the {overall.codes === 1 ? 'code' : `${overall.codes} codes`} either coder used ({units} pooled):{' '}
      <strong>{formatStatistic(overall.percent, 'percent')}%</strong> agreement, Cohen&rsquo;s kappa{' '}
      <strong>{formatStatistic(overall.kappa, 'coefficient')}</strong>, Krippendorff&rsquo;s alpha{' '}
      <strong>{formatStatistic(overall.alpha, 'coefficient')}</strong>
      {overall.kappa !== null && <> ({strength(overall.kappa)} agreement on Landis and Koch&rsquo;s scale for kappa)</>}.
    </p>
  );
}

function AgreementTable({ result, names, onShowDisagreements }: {
  result: AgreementResult;
  names: { a: string; b: string };
  onShowDisagreements: (codeId: CodeId) => void;
}) {
  const unitWord = UNIT_LABELS[result.unit];
  const columns = ['Code', '% agreement', "Cohen's kappa", "Krippendorff's alpha", `Coded by ${names.a}`, `Coded by ${names.b}`, 'Coded by both'];
  const stat = (value: number | null, kind: 'percent' | 'coefficient') => {
    const text = formatStatistic(value, kind);
    return value === null ? <td className="num undefined-value">{text}</td> : <td className="num">{text}</td>;
  };
  return (
    <div className="agreement-scroll">
      <table className="data-table agreement-table">
        <caption>
          Agreement per code between {names.a} and {names.b}, over {formatNumber(result.units)} {result.units === 1 ? unitWord.singular : unitWord.plural} per
          code (&ldquo;coded by&rdquo; counts {unitWord.plural})
        </caption>
        <thead>
          <tr>
            {columns.map((c, i) => <th key={c} scope="col" className={i === 0 ? undefined : 'num'}>{c}</th>)}
            <th scope="col">Disagreements</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => {
            const name = row.path.at(-1) ?? '';
            const parents = row.path.slice(0, -1).join(' › ');
            const disagreeing = row.a + row.b - 2 * row.both;
            return (
              <tr key={row.codeId} className={row.isUsed ? undefined : 'unused'}>
                <th scope="row" style={{ paddingLeft: `${0.6 + row.depth * 1.1}rem` }}>
                  {parents && <span className="visually-hidden">{parents} › </span>}{name}
                </th>
                {stat(row.percent, 'percent')}
                {stat(row.kappa, 'coefficient')}
                {stat(row.alpha, 'coefficient')}
                <td className="num">{formatNumber(row.a)}</td>
                <td className="num">{formatNumber(row.b)}</td>
                <td className="num">{formatNumber(row.both)}</td>
                <td>
                  {disagreeing > 0 && (
                    <button type="button" className="link" onClick={() => onShowDisagreements(row.codeId)}
                      aria-label={`List disagreements on ${row.path.join(' › ')}`}>List</button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{OVERALL_LABEL}</th>
            {stat(result.overall.percent, 'percent')}
            {stat(result.overall.kappa, 'coefficient')}
            {stat(result.overall.alpha, 'coefficient')}
            <td className="num">{formatNumber(result.overall.a)}</td>
            <td className="num">{formatNumber(result.overall.b)}</td>
            <td className="num">{formatNumber(result.overall.both)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
