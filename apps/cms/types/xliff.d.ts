// The xliff package ships no type declarations. Each function answers a promise, or calls back
// (and, for js2xliff, also returns the text) when given a callback.
declare module 'xliff' {
  type Callback<T> = (error: Error | null, result?: T) => void;
  export function xliff2js(xml: string, options?: object): Promise<unknown>;
  export function xliff2js(xml: string, options: object, done: Callback<unknown>): void;
  export function js2xliff(document: object, options?: object): Promise<string>;
  export function js2xliff(document: object, options: object, done: Callback<string>): string;
}
