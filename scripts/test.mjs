// `npm test`: everything CI checks, on a fresh machine. Installs Debian's Chromium when it is missing
// (as root) or stops saying how to get it; builds the web app; then lint, type checks and every
// vitest project (unit, integration, e2e). Ends with one line: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// every workspace (and bench/) with a tsconfig.json is type-checked
const TYPECHECK_PROJECTS = ['apps', 'packages']
  .flatMap((group) => readdirSync(group).map((name) => `${group}/${name}`))
  .concat('bench')
  .filter((dir) => existsSync(`${dir}/tsconfig.json`));
const checks = { passed: 0, failed: 0 };

function run(label, [command, ...args], options = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' }, ...options });
  return result.status === 0;
}

function check(label, commandLine) {
  const ok = run(label, commandLine);
  checks[ok ? 'passed' : 'failed'] += 1;
  if (!ok) console.log(`✖ ${label} failed`);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium is missing at ${CHROMIUM}; installing Debian's chromium package (browser tests need it)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get update', ['apt-get', 'update', '-q'], { env });
    run('apt-get install chromium', ['apt-get', 'install', '-y', '-q', 'chromium'], { env });
  }
  if (existsSync(CHROMIUM)) return true;
  console.error(`\nThe browser tests need Chromium at ${CHROMIUM} and it could not be installed automatically.\n` +
    'Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary, then run npm test again.');
  return false;
}

if (!ensureChromium()) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

check('build web app', ['npm', 'run', 'build', '--silent', '-w', '@flowforge/web']);
check('lint', ['npx', 'eslint', '--max-warnings', '0', '.']);
for (const project of TYPECHECK_PROJECTS) check(`typecheck ${project}`, ['npx', 'tsc', '--noEmit', '-p', project]);

rmSync('.flowforge/test-counts.json', { force: true });
const vitestOk = run('vitest (unit, integration, e2e)', ['npx', 'vitest', 'run', ...process.argv.slice(2)], {
  env: { ...process.env, FORCE_COLOR: '0', FLOWFORGE_QUIET_COUNTS: '1' },
});
const counts = existsSync('.flowforge/test-counts.json')
  ? JSON.parse(readFileSync('.flowforge/test-counts.json', 'utf8'))
  : { passed: 0, failed: 1, skipped: 0 };
if (!vitestOk && counts.failed === 0) counts.failed = 1; // vitest failed outside any test (setup, unhandled error)

const passed = counts.passed + checks.passed;
const failed = counts.failed + checks.failed;
console.log(`\nchecks: lint, type checks and build ${checks.passed} passed, ${checks.failed} failed; tests ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
