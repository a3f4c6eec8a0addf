import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../scripts/check-dependencies.mjs', import.meta.url));

/** `npm run lint:deps` on a tree: exit code and what it printed. */
async function checkDependencies(root?: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, root ? [script, root] : [script]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

/** One deliberate violation of each rule, in a tree shaped like api/src. */
const VIOLATIONS: Record<string, string> = {
  'src/campaigns/domain/rule.ts': "import { repository } from '../infrastructure/repository.js';\nexport const rule = repository;\n",
  'src/campaigns/infrastructure/repository.ts': 'export const repository = 1;\n',
  'src/campaigns/domain/entity-rule.ts': "import { Entity } from '@mikro-orm/core';\nexport const entityRule = Entity;\n",
  'src/organizations/application/reach-in.ts': "import { rule } from '../../campaigns/domain/rule.js';\nexport const reachIn = rule;\n",
  'src/organizations/application/root.ts': "import { root } from '../../context.js';\nexport const usesRoot = root;\n",
  'src/context.ts': 'export const root = 1;\n',
  'src/shared/kernel.ts': "import { reachIn } from '../organizations/application/reach-in.js';\nexport const kernel = reachIn;\n",
  'src/certification/application/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
  'src/certification/application/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
  'src/certification/api/index.ts': "import { missing } from './missing.js';\nexport const api = missing;\n",
  'src/campaigns/domain/testing/builders.ts': 'export const buildCampaign = () => ({});\n',
  'src/campaigns/application/uses-builder.ts': "import { buildCampaign } from '../domain/testing/builders.js';\nexport const usesBuilder = buildCampaign;\n",
};

describe('the dependency rule (npm run lint:deps, part of npm test)', () => {
  let fixture: string | undefined;
  afterAll(async () => {
    if (fixture) await rm(fixture, { recursive: true, force: true });
  });

  it('passes on api/src: no domain → outer ring, no reach into another context, no cycle', async () => {
    const { code, output } = await checkDependencies();
    expect(output).toMatch(/\d+ modules, \d+ dependencies cruised in api\/src/);
    expect(output).toContain('0 errors, 0 warnings.');
    expect(code).toBe(0);
  });

  it('fails, naming the rule and the import, on a tree with one violation of each rule', async () => {
    fixture = await mkdtemp(join(tmpdir(), 'orga-spe-deps-'));
    // The packages the fixture imports resolve as they do in api/ (the ORM, for the framework rule).
    await symlink(fileURLToPath(new URL('../../../node_modules', import.meta.url)), join(fixture, 'node_modules'), 'dir');
    for (const [path, text] of Object.entries(VIOLATIONS)) {
      await mkdir(dirname(join(fixture, path)), { recursive: true });
      await writeFile(join(fixture, path), text);
    }
    const { code, output } = await checkDependencies(fixture);
    expect(code).toBe(1);
    const counts = Object.fromEntries([...output.matchAll(/^ {2}(\S+)\s+error\s+(\d+) violations?$/gm)].map((match) => [match[1], Number(match[2])]));
    expect(counts).toEqual({
      'domain-not-to-outer-rings': 1,
      'domain-not-to-frameworks': 1,
      'contexts-meet-through-api': 1,
      'contexts-not-to-composition-root': 1,
      'shared-not-to-contexts': 1,
      'no-circular': 1,
      'not-to-unresolvable': 1,
      'test-builders-stay-in-tests': 1,
    });
    expect(output).toContain('error domain-not-to-outer-rings: src/campaigns/domain/rule.ts → src/campaigns/infrastructure/repository.ts');
    expect(output).toContain('error contexts-meet-through-api: src/organizations/application/reach-in.ts → src/campaigns/domain/rule.ts');
    expect(output).toContain('error contexts-not-to-composition-root: src/organizations/application/root.ts → src/context.ts');
    expect(output).toContain('error test-builders-stay-in-tests: src/campaigns/application/uses-builder.ts → src/campaigns/domain/testing/builders.ts');
  });
});
