// Checks the GitHub Actions workflows against the repository they run in: every npm script they
// call exists, every action is pinned to a version, permissions are declared and least-privilege,
// and the deploy publishes the directory Astro builds into.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../src/__fixtures__/fixtures.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
}

interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, Job>;
}

const WORKFLOWS_DIR = path.join(REPO_ROOT, '.github/workflows');
const NPM_RUN = /\bnpm run ([\w:.-]+)/g;
const NPM_TEST = /\bnpm (?:test|t)\b/;
const NPM_CI = /\bnpm ci\b/;
/** owner/repo[/path]@vMAJOR.MINOR.PATCH, or a full commit SHA. */
const PINNED_ACTION = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@(?:v\d+\.\d+\.\d+|[0-9a-f]{40})$/;
/** `outDir: process.env.FOLIO_OUT_DIR ?? './dist'` in astro.config.mjs. */
const APT_GET_CHROMIUM = /apt-get install .*\bchromium\b/;
const OUT_DIR_DEFAULT = /outDir:\s*process\.env\.FOLIO_OUT_DIR\s*\?\?\s*['"](?:\.\/)?([^'"]+?)\/?['"]/;

const packageScripts = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const workflowFiles = readdirSync(WORKFLOWS_DIR).filter((name) => name.endsWith('.yml') || name.endsWith('.yaml'));
const workflows = new Map(workflowFiles.map((name) => [name, parse(readFileSync(path.join(WORKFLOWS_DIR, name), 'utf8')) as Workflow]));

function getSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

function getWorkflow(name: string): Workflow {
  const workflow = workflows.get(name);
  if (!workflow) throw new Error(`.github/workflows/${name} is missing`);
  return workflow;
}

describe('the GitHub workflows', () => {
  test('are the pull-request check and the Pages deploy', () => {
    expect(workflowFiles.sort()).toEqual(['deploy.yml', 'pull-request.yml']);
  });

  test.each(workflowFiles)('%s calls only npm scripts that package.json defines', (name) => {
    const runs = getSteps(getWorkflow(name)).flatMap((step) => (step.run ? [step.run] : []));
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      for (const [, script] of run.matchAll(NPM_RUN)) expect(Object.keys(packageScripts), `npm run ${script} in ${name}`).toContain(script);
      if (NPM_TEST.test(run)) expect(packageScripts.test, `npm test in ${name}`).toBeDefined();
      if (NPM_CI.test(run)) expect(readdirSync(REPO_ROOT), `npm ci in ${name} needs the lockfile`).toContain('package-lock.json');
    }
  });

  test.each(workflowFiles)('%s pins every action to a full version', (name) => {
    const uses = getSteps(getWorkflow(name)).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action, `${action} in ${name}`).toMatch(PINNED_ACTION);
  });

  test.each(workflowFiles)('%s declares read-only permissions at the top and writes only to deploy Pages', (name) => {
    const workflow = getWorkflow(name);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      const writes = Object.entries(job.permissions ?? {}).filter(([, access]) => access === 'write');
      if (name === 'deploy.yml' && jobName === 'deploy') expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
      else expect(writes, `${jobName} in ${name}`).toEqual([]);
    }
  });
});

describe('pull-request.yml', () => {
  const workflow = getWorkflow('pull-request.yml');
  const steps = getSteps(workflow);

  test('runs on pull requests with the whole history, to diff against the base', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toEqual({ 'fetch-depth': 0 });
  });

  test('validates the changed listings as GitHub annotations only when there are some, then tests and builds', () => {
    const validate = steps.find((step) => step.run?.includes('npm run validate'));
    expect(validate?.run).toContain('--format github');
    expect(validate?.run).toContain('--keep-going');
    expect(validate?.if).toBe("steps.changed.outputs.any == 'true'");
    expect(steps.find((step) => step.run?.includes('git diff'))?.run).toContain('"$BASE_SHA" HEAD -- content/listings');
    const runs = steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
    expect(runs.slice(-2)).toEqual(['npm test', 'npm run build']);
    expect(runs).toContain('npm ci');
  });

  test('installs Chromium with apt-get for the browser tests', () => {
    expect(steps[0]?.run).toMatch(APT_GET_CHROMIUM);
  });
});

describe('deploy.yml', () => {
  const workflow = getWorkflow('deploy.yml');

  test('runs on pushes to the default branch and on demand, one deploy at a time', () => {
    expect(workflow.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  test('builds under the Pages address and uploads the directory Astro builds into', () => {
    const build = workflow.jobs.build!;
    const buildStep = build.steps.find((step) => step.run === 'npm run build') as Step & { env: Record<string, string> };
    expect(buildStep.env).toMatchObject({
      FOLIO_BASE: '${{ steps.pages.outputs.base_path }}/',
      FOLIO_SITE: '${{ steps.pages.outputs.origin }}',
    });
    const outDir = OUT_DIR_DEFAULT.exec(readFileSync(path.join(REPO_ROOT, 'astro.config.mjs'), 'utf8'))?.[1];
    expect(outDir).toBe('dist');
    const upload = build.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with).toEqual({ path: outDir });
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4.0.5']);
  });

  test("caches Astro's content-layer store after npm ci", () => {
    // The store lives in Astro's cacheDir: node_modules/.astro unless FOLIO_CACHE_DIR moves it.
    expect(readFileSync(path.join(REPO_ROOT, 'astro.config.mjs'), 'utf8')).toContain("cacheDir: process.env.FOLIO_CACHE_DIR ?? './node_modules/.astro'");
    expect(JSON.stringify(workflow)).not.toContain('FOLIO_CACHE_DIR');
    const steps = workflow.jobs.build!.steps;
    const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    expect(steps[cache]?.with?.path).toBe('node_modules/.astro');
    expect(cache).toBeGreaterThan(steps.findIndex((step) => step.run === 'npm ci'));
    expect(cache).toBeLessThan(steps.findIndex((step) => step.run === 'npm run build'));
  });
});
