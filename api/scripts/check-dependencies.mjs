// `npm run lint:deps` (plain JavaScript: dependency-cruiser's swc parser does not load under tsx): checks src/ against the dependency rule of .dependency-cruiser.cjs and says
// what it checked — modules, dependencies, each rule with its severity and its count — then lists
// the violations. Exits 1 when a rule at "error" is broken; a rule at "warn" only prints.
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

const apiRoot = fileURLToPath(new URL('..', import.meta.url));
const configFile = `${apiRoot}/.dependency-cruiser.cjs`;
// `node scripts/check-dependencies.mjs <dir>` checks <dir>/src instead (the rule's own test
// cruises a small tree with one deliberate violation of each rule).
process.chdir(process.argv[2] ?? apiRoot);

const options = await extractDepcruiseOptions(configFile);
const { output } = await cruise(['src'], { ...options, validate: true });
/** @type {import('dependency-cruiser').ISummary} */
const { summary } = /** @type {import('dependency-cruiser').ICruiseResult} */ (output);

/** @param {import('dependency-cruiser').IViolation} violation */
function describe(violation) {
  if (violation.cycle?.length) {
    return [violation.from, ...violation.cycle.map((step) => step.name)].join(' → ');
  }
  return `${violation.from} → ${violation.to}`;
}

const rules = summary.ruleSetUsed?.forbidden ?? [];
/** @type {Map<string, import('dependency-cruiser').IViolation[]>} */
const byRule = new Map(rules.map((rule) => [rule.name ?? '?', []]));
for (const violation of summary.violations) {
  byRule.get(violation.rule.name)?.push(violation);
}

const width = Math.max(...[...byRule.keys()].map((name) => name.length));
console.log(
  `Dependency rule (api/.dependency-cruiser.cjs): ${summary.totalCruised} modules, ` +
    `${summary.totalDependenciesCruised ?? 0} dependencies cruised in api/src.`,
);
for (const rule of rules) {
  const name = rule.name ?? '?';
  const count = byRule.get(name)?.length ?? 0;
  console.log(`  ${name.padEnd(width)}  ${String(rule.severity).padEnd(5)}  ${count} violation${count === 1 ? '' : 's'}`);
}
for (const [name, violations] of byRule) {
  for (const violation of violations) {
    console.log(`${violation.rule.severity} ${name}: ${describe(violation)}`);
  }
}
console.log(`${summary.error} errors, ${summary.warn} warnings.`);
process.exitCode = summary.error > 0 ? 1 : 0;
