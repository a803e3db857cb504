// Types of traffic.mjs, for the tests.
import type { ChildProcess } from 'node:child_process';
import type { IntakeEvent } from 'intake-screening';

export declare const SERVICE_ROOT: string;
export declare function briefScreenEvents(options?: { acute?: boolean }): IntakeEvent[];
export declare function briefScreenTraffic(options?: { acute?: boolean }): {
  snapshots: unknown[];
  answers: Record<string, unknown>;
  acuteStep: number | undefined;
};
export interface CallResult {
  status: number;
  // Responses are read as loose JSON: callers check their shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  ms: number;
  retryAfter: string | null;
  setCookie: string | null;
}
export declare function call(url: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<CallResult>;
export interface StaffSession {
  cookie: string;
  csrf: string;
}
export declare function staffSession(base: string, email: string, password: string): Promise<StaffSession>;
export declare function newIntake(base: string, staff: StaffSession, consentVersion: string, questionnaireId?: string): Promise<{ id: string; token: string }>;
export declare function device(
  base: () => string,
  token: string,
): {
  step(seq: number, snapshot: unknown): Promise<CallResult>;
  submit(submissionId: string, answers: unknown): Promise<CallResult>;
  read(): Promise<CallResult>;
};
export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  stderr(): string;
  kill(signal: NodeJS.Signals): void;
  exited: Promise<number | NodeJS.Signals | null>;
}
export declare function startService(env: NodeJS.ProcessEnv, options?: { timeoutMs?: number }): Promise<ServiceProcess>;
export declare function awaitReady(child: ChildProcess, timeoutMs?: number): Promise<ServiceProcess>;
export declare function addStaff(env: NodeJS.ProcessEnv, staff: { email: string; name: string; password: string }): void;
export declare function sleep(ms: number): Promise<void>;
