import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/** Where the numbers came from. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly platform: string;
  readonly node: string;
  readonly versions: Readonly<Record<string, string>>;
}

/** Load when a phase started or ended: 1, 5 and 15 minute load averages and `uptime` output. */
export interface LoadInfo {
  readonly loadavg: readonly number[];
  readonly uptime: string;
}

function versionOf(root: string, pkg: string): string {
  try {
    const file = pkg === '.' ? join(root, 'package.json') : join(root, 'node_modules', pkg, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** CPU model, core count, memory, Node and library versions. */
export function machineInfo(root: string): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    versions: {
      'intake-screening': versionOf(root, '.'),
      'survey-core': versionOf(root, 'survey-core'),
      xstate: versionOf(root, 'xstate'),
      zod: versionOf(root, 'zod'),
      mitata: versionOf(root, 'mitata'),
    },
  };
}

/** The code that was measured: the checkout's commit, and whether it had uncommitted changes. */
export interface SourceInfo {
  readonly commit: string;
  readonly dirty: boolean;
}

/** Read-only git queries; `unknown` outside a checkout. */
export function sourceInfo(root: string): SourceInfo {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' });
    return { commit, dirty: status.trim() !== '' };
  } catch {
    return { commit: 'unknown', dirty: true };
  }
}

/** How busy the machine is right now. */
export function loadInfo(): LoadInfo {
  let uptime: string;
  try {
    uptime = execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    uptime = 'uptime unavailable';
  }
  return { loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100), uptime };
}
