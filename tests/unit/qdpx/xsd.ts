/** Validates REFI-QDA XML (project.qde, a .qdc codebook) against its schema with libxml2 (xmllint-wasm). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const SCHEMAS = path.resolve(__dirname, '../../../../shared/fixtures/refi/schemas');

async function errorsAgainst(xml: string, fileName: string, schema: 'Project.xsd' | 'Codebook.xsd'): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [{ fileName: schema, contents: readFileSync(path.join(SCHEMAS, schema), 'utf8') }],
    maxMemoryPages: 4096,
  });
  const errors = result.valid ? [] : result.errors.map((e) => e.rawMessage);
  if (errors.length > 0) console.error(`${fileName} does not validate:\n${errors.slice(0, 20).join('\n')}`);
  return errors;
}

/** The schema errors of a project.qde (none when it validates), printed so a failure explains itself. */
export function xsdErrors(xml: string): Promise<string[]> {
  return errorsAgainst(xml, 'project.qde', 'Project.xsd');
}

/** The schema errors of a .qdc codebook against Codebook.xsd. */
export function qdcErrors(xml: string): Promise<string[]> {
  return errorsAgainst(xml, 'codebook.qdc', 'Codebook.xsd');
}
