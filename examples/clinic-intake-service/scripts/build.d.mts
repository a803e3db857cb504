// Types of build.mjs, for the tests' global setup.
export declare function stale(): boolean;
export declare function buildAll(): Promise<void>;
