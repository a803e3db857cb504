// Types of cli-build.mjs, for tsup.config.ts and the CLI tests.
import type { Options } from 'tsup';

export declare const ROOT: string;
export declare const CLI: string;
export declare const CLI_NOTICES: string;
export declare function bundledPackages(code?: string): string[];
export declare function writeNotices(): void;
export declare const cliBuildOptions: Options;
export declare function cliStale(): boolean;
export declare function ensureCliBuilt(): Promise<boolean>;
