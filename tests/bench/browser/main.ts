/**
 * The bench page: the renderer's repositories, screens and the shared core, with the scenarios
 * that time them, exposed on `window.storyloomBench` for the Node side to drive (../browserRunner.ts).
 */
import '../../../renderer/styles.css';
import type { Outcome } from '../stats';
import type { ScenarioParams, SessionScope } from './api';
import { IMPORT_SCENARIOS } from './importScenarios';
import { PROJECT_SCENARIOS } from './projectScenarios';
import { REPORT_SCENARIOS } from './reportScenarios';
import { SCREEN_SCENARIOS } from './screenScenarios';
import { loadFiles, makeResident } from './session';

/**
 * Every scenario by name: a function returning samples per figure id of figures.ts. A feature
 * that lands is one more function, e.g. returning `{ 'cr.matrix': { samples } }`, named in its
 * plan below.
 */
const SCENARIOS: Record<string, (params: ScenarioParams) => Promise<Outcome>> = {
  ...PROJECT_SCENARIOS,
  ...SCREEN_SCENARIOS,
  ...REPORT_SCENARIOS,
  ...IMPORT_SCENARIOS,
  resident: async ({ key }) => { await makeResident(key); return {}; },
};

/** Which scenarios run, in order, for each kind of session. "resident" stores the project the later ones use. */
const PLANS: Record<SessionScope, string[]> = {
  size: ['import', 'bulkPut', 'resident', 'open', 'dashboard', 'source', 'reader', 'apply', 'applyShown', 'search', 'matrix', 'cooccurrence', 'quoteReport', 'export'],
  long: ['resident', 'reader', 'apply', 'applyShown', 'scroll'],
  import: ['documents'],
};

window.storyloomBench = {
  plan: (scope) => PLANS[scope],
  load: loadFiles,
  scenarios: () => Object.keys(SCENARIOS),
  run: (name, params) => {
    const scenario = SCENARIOS[name];
    if (!scenario) return Promise.reject(new Error(`No scenario "${name}" on the bench page.`));
    return scenario(params);
  },
};
