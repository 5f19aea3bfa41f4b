/** Validates a project.qde against REFI-QDA's Project.xsd with libxml2 (xmllint-wasm). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const SCHEMA = readFileSync(path.resolve(__dirname, '../../../../shared/fixtures/refi/schemas/Project.xsd'), 'utf8');

/** The schema errors of `xml` (none when it validates), printed so a failure explains itself. */
export async function xsdErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'project.qde', contents: xml }],
    schema: [{ fileName: 'Project.xsd', contents: SCHEMA }],
    maxMemoryPages: 4096,
  });
  const errors = result.valid ? [] : result.errors.map((e) => e.rawMessage);
  if (errors.length > 0) console.error(`project.qde does not validate:\n${errors.slice(0, 20).join('\n')}`);
  return errors;
}
