export declare const compilerOptions: Record<string, unknown>;
export declare function messageLocales(): string[];
export declare function completeLanguagesSource(locales: string[]): string;
export declare function compileMessages(outdir: string, options?: { completeFile?: string }): Promise<void>;
