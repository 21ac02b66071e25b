export declare const cmsDir: string;
export declare const COMPILED: string;
export declare function seedOnce(env: Record<string, string>): Promise<void>;
export declare function seededSqlite(file: string): Promise<string>;
export declare function copySqlite(template: string, target: string): void;
