/**
 * Facts about the machine and the code measured, printed with every result: a number means little
 * without the CPU it ran on, how busy that CPU was, and which revision of the core it measured.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface MachineFacts {
  readonly cpu: string;
  readonly cores: number;
  readonly totalMemoryGiB: number;
  readonly node: string;
  readonly platform: string;
  /** 1, 5 and 15 minute load averages when the run started; above the core count, other work competed. */
  readonly loadAverage: readonly number[];
  /** `git describe`-like: the commit, with `+dirty` when the core has uncommitted changes. */
  readonly coreRevision: string;
}

export function machineFacts(): MachineFacts {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage: loadAverage(),
    coreRevision: coreRevision(),
  };
}

/** The 1, 5 and 15 minute load averages, rounded. */
export function loadAverage(): number[] {
  return os.loadavg().map((x) => Math.round(x * 100) / 100);
}

function coreRevision(): string {
  return sourceRevision('server/src/core');
}

/** The commit, with `+dirty` when `path` (relative to the repository) has uncommitted changes. */
export function sourceRevision(path: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--', path) !== '';
    return dirty ? `${commit}+dirty` : commit;
  } catch {
    return 'unknown (not a Git checkout)';
  }
}
