export type App = 'cms' | 'web';
/** Modification time of the newest source of an app: what its build must be newer than. */
export declare function newestSourceTime(app: App): number;
/** True when the app's build output (or `output`, another file its build writes) is missing or older than one of its sources. */
export declare function isStale(app: App, output?: string): boolean;
/** Runs the app's `build` script when its output is missing or older than a source; exits on failure. */
export declare function buildIfStale(app: App, env?: NodeJS.ProcessEnv): void;
/** Every path an app's build reads: its own sources and the workspace packages it bundles. */
export declare function sourcePaths(app: App): string[];
