// Types of faults.mjs, for the tests.
import type { Cluster } from './pg-cluster.mjs';

export interface Found {
  lostSteps: number;
  lostSubmissions: number;
  halfWritten: number;
  unreadable: number;
  missingFlags: number;
}
export declare function killDuringStream(
  env: NodeJS.ProcessEnv,
  options: { intakes?: number; killAfterAcks?: number; killAfterSubmissions?: number; consentVersion: string },
): Promise<{
  intakes: number;
  ackedSteps: number;
  ackedSubmissions: number;
  afterRestart: Found;
  final: Found;
  completed: number;
  acceptedPerIntake: number[];
  restartMs: number;
}>;
export declare function databaseOutage(
  env: NodeJS.ProcessEnv,
  cluster: Cluster,
  options: { intakes?: number; stopAfterAcks?: number; outageMs?: number; consentVersion: string },
): Promise<{
  intakes: number;
  ackedSteps: number;
  ackedSubmissions: number;
  statuses: Record<string, number>;
  codes503: string[];
  retryAfter: (string | null)[];
  readyDuringOutage: number[];
  outage: { stopMs: number; downMs: number } | undefined;
  final: Found;
  acceptedPerIntake: number[];
}>;
