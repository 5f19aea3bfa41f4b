/**
 * The findings table of the board report (DOMAIN.md "The study", "The board report"): a row per
 * theme with its subthemes, in columns taken from a level of the code tree (the perspective:
 * "Carers" | "HSC professionals") or from a participant attribute. Themes laid out alike share a
 * block; themes with no perspective split form a block with the single column "Subthemes".
 */
import { codingParticipants } from '../analysis/codeCounts';
import { buildCodeTree, type CodeNode } from '../analysis/codeTree';
import type { Attribute, Coding, ProjectBundle } from '../model';
import { isCountedParticipant } from '../quotes/attribution';
import { orderedValues, participantValue } from './attributeValues';
import { findingsLayout } from './findingsLayout';
import type { FindingsBlock, FindingsEntry, FindingsRow, FindingsTable, ReportTable } from './types';

export type FindingsColumns = { kind: 'level'; level: number } | { kind: 'attribute'; attributeId: string };

const SUBTHEMES = 'Subthemes';

function entry(node: CodeNode, count: number | null): FindingsEntry {
  return count === null ? { codeId: node.code.id, name: node.code.name } : { codeId: node.code.id, name: node.code.name, count };
}

/**
 * Level columns (L ≥ 2): split themes (see `findingsLayout`) form one block whose columns are the
 * column names in first-appearance order, a split theme's cell for column K listing the children
 * of its column node(s) named K (empty when none); unsplit themes form another block, column
 * "Subthemes", listing the theme's children. Blocks come in the order their first theme appears;
 * rows in tree order. Attribute columns: one block, a column per value held by a counted
 * participant (category order, then others sorted); a theme's subthemes (the children of its
 * perspective nodes when it is split at level 2, else its children) sit in value v's column when
 * at least one coding of the subtheme or beneath touches a counted participant with value v.
 * Counts (`withCounts`) are codings of the subtheme and everything beneath it (with attribute
 * columns, only those touching a participant with that value). Throws for a level below 2 or an
 * unknown attribute.
 */
export function findingsTable(bundle: ProjectBundle, columns: FindingsColumns, options: { withCounts?: boolean } = {}): FindingsTable {
  const tree = buildCodeTree(bundle.codes, bundle.codings);
  const withCounts = options.withCounts === true;
  if (columns.kind === 'attribute') return attributeTable(bundle, tree, columns.attributeId, withCounts);

  const count = (node: CodeNode) => (withCounts ? node.totalCodings : null);
  const split: { columns: string[]; rows: FindingsRow[]; first: number } = { columns: [], rows: [], first: -1 };
  const unsplit: { rows: FindingsRow[]; first: number } = { rows: [], first: -1 };
  const layouts = findingsLayout(tree, columns.level);
  layouts.forEach(({ theme, columns: byName }, index) => {
    if (byName === null) {
      if (unsplit.first < 0) unsplit.first = index;
      unsplit.rows.push({ themeId: theme.code.id, theme: theme.code.name, cells: [theme.children.map((c) => entry(c, count(c)))] });
      return;
    }
    if (split.first < 0) split.first = index;
    for (const name of byName.keys()) if (!split.columns.includes(name)) split.columns.push(name);
  });
  // Cells are filled once every split theme's column names are known.
  for (const { theme, columns: byName } of layouts) {
    if (byName === null) continue;
    const cells = split.columns.map((name) => (byName.get(name) ?? []).flatMap((node) => node.children.map((c) => entry(c, count(c)))));
    split.rows.push({ themeId: theme.code.id, theme: theme.code.name, cells });
  }
  const blocks: (FindingsBlock & { first: number })[] = [];
  if (split.first >= 0) blocks.push({ columns: split.columns, rows: split.rows, first: split.first });
  if (unsplit.first >= 0) blocks.push({ columns: [SUBTHEMES], rows: unsplit.rows, first: unsplit.first });
  blocks.sort((a, b) => a.first - b.first);
  return { blocks: blocks.map(({ columns: c, rows }) => ({ columns: c, rows })) };
}

function attributeTable(bundle: ProjectBundle, tree: readonly CodeNode[], attributeId: string, withCounts: boolean): FindingsTable {
  const attribute = bundle.attributes.find((a) => a.id === attributeId);
  if (!attribute) throw new Error(`Findings columns: the project has no attribute with id ${attributeId}.`);
  const counted = bundle.participants.filter(isCountedParticipant);
  const values = orderedValues(attribute, counted, attribute.id);
  const valueOf = new Map(counted.map((p) => [p.id as string, participantValue(p, attribute.id)]));
  const turnsOf = new Map(bundle.sources.map((s) => [s.source.id as string, s.text.turns]));
  const codingsOf = new Map<string, Coding[]>();
  for (const coding of bundle.codings) codingsOf.set(coding.codeId, [...(codingsOf.get(coding.codeId) ?? []), coding]);
  const below = (node: CodeNode): Coding[] => [...(codingsOf.get(node.code.id) ?? []), ...node.children.flatMap(below)];

  const layouts = findingsLayout(tree, 2);
  const rows: FindingsRow[] = layouts.map(({ theme, columns }) => {
    const subthemes = columns === null ? theme.children : theme.children.flatMap((perspective) => perspective.children);
    const cells = values.map(() => [] as FindingsEntry[]);
    for (const subtheme of subthemes) {
      const perValue = new Map<string, number>();
      for (const coding of below(subtheme)) {
        const held = new Set(codingParticipants(coding, turnsOf.get(coding.sourceId) ?? []).map((id) => valueOf.get(id)));
        for (const value of held) if (value !== undefined && value !== null) perValue.set(value, (perValue.get(value) ?? 0) + 1);
      }
      values.forEach((value, i) => {
        const n = perValue.get(value);
        if (n !== undefined) cells[i]!.push(entry(subtheme, withCounts ? n : null));
      });
    }
    return { themeId: theme.code.id, theme: theme.code.name, cells };
  });
  return { blocks: [{ columns: values, rows }] };
}

function blockTitle(columns: readonly string[]): string {
  if (columns.length === 1 && columns[0] === 'Subthemes') return 'Themes and subthemes';
  const named = columns.length <= 1 ? columns.join('') : `${columns.slice(0, -1).join(', ')} and ${columns[columns.length - 1]}`;
  return `Themes and subthemes (${named})`;
}

/**
 * One ReportTable per block: columns ['Theme', ...block.columns]; each cell a string[] of
 * subtheme names, with " (n)" codings when withCounts. Titled "Table N: Themes and subthemes
 * (Carers and HSC professionals)", or "Table N: Themes and subthemes" for a "Subthemes" block, numbered from
 * `firstNumber` (default 1); with counts, the note says what they count.
 */
export function findingsReportTables(table: FindingsTable, options: { withCounts?: boolean; firstNumber?: number } = {}): ReportTable[] {
  const withCounts = options.withCounts === true;
  const first = options.firstNumber ?? 1;
  const name = (e: FindingsEntry) => (withCounts && e.count !== undefined ? `${e.name} (${e.count})` : e.name);
  return table.blocks.map((block, i) => ({
    title: `Table ${first + i}: ${blockTitle(block.columns)}`,
    columns: ['Theme', ...block.columns],
    rows: block.rows.map((row) => [row.theme, ...row.cells.map((cell) => cell.map(name))]),
    note: withCounts ? 'Numbers in brackets are codings of the subtheme and everything beneath it.' : '',
  }));
}

/**
 * Parses 'level:N' | 'attribute:NAME' (attribute matched by name, case-insensitive, surrounding
 * spaces ignored); throws an Error naming the option and the reason.
 */
export function parseFindingsColumns(text: string, attributes: readonly Attribute[]): FindingsColumns {
  const fail = (reason: string): never => { throw new Error(`Findings columns "${text}": ${reason}.`); };
  const colon = text.indexOf(':');
  const kind = (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase();
  const value = colon < 0 ? '' : text.slice(colon + 1).trim();
  if (kind === 'level') {
    if (!/^\d+$/.test(value)) return fail('the level must be a whole number, e.g. level:2');
    const level = Number(value);
    if (level < 2) return fail('the level must be 2 or more (level 1 is the themes; 2 is the level beneath them)');
    return { kind: 'level', level };
  }
  if (kind === 'attribute') {
    if (value === '') return fail('name the attribute, e.g. attribute:Group');
    const found = attributes.find((a) => a.name.trim().toLowerCase() === value.toLowerCase());
    if (!found) {
      const known = attributes.map((a) => a.name).join(', ');
      return fail(`the project has no attribute "${value}"${known ? ` (it has: ${known})` : ''}`);
    }
    return { kind: 'attribute', attributeId: found.id };
  }
  return fail('expected level:N or attribute:NAME');
}
