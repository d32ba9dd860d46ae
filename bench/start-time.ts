/**
 * Cold and warm start of `npm start`: a fresh clone of this repository (node_modules hard-linked in,
 * i.e. "after install"), no data directory and no web build; then a second start on the same data.
 * Timed from spawn to the "FlowForge is ready" line.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findFreePort } from '@flowforge/test-kit';

export async function measureStartTimes(repoRoot: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'flowforge-bench-clone-'));
  execFileSync('chmod', ['755', dir]);
  const clone = path.join(dir, 'flowforge');
  execFileSync('git', ['clone', '--quiet', '--local', repoRoot, clone]);
  execFileSync('cp', ['-al', path.join(repoRoot, 'node_modules'), path.join(clone, 'node_modules')]);
  for (const workspace of ['apps/server', 'apps/web', 'packages/contracts', 'packages/test-kit']) {
    const modules = path.join(repoRoot, workspace, 'node_modules');
    if (existsSync(modules)) execFileSync('cp', ['-al', modules, path.join(clone, workspace, 'node_modules')]);
  }
  try {
    const port = await findFreePort();
    const cold = await timeStart(clone, port);
    const warm = await timeStart(clone, port);
    return { coldStartMs: cold, warmStartMs: warm };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timeStart(cwd: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // its own process group, signalled as a whole like Ctrl+C in a terminal (npm, sh, node)
    const child = spawn('npm', ['start', '--silent'], { cwd, detached: true, env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let elapsed = 0;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (elapsed === 0 && output.includes('FlowForge is ready')) {
        elapsed = performance.now() - started;
        process.kill(-(child.pid ?? 0), 'SIGINT');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () => (elapsed > 0 ? resolve(Math.round(elapsed)) : reject(new Error(`npm start failed:\n${output}`))));
  });
}
