// negotiator 1.x, as output-cache.js uses it. @types/negotiator describes 0.6, which has no
// `preferred` option (the server's order among encodings a client accepts as much).
declare module 'negotiator' {
  interface Preference {
    /** Breaks ties between equally accepted values, first preferred. */
    preferred?: readonly string[];
  }

  class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    /** The most preferred of `available` for the request's Accept-Encoding (q-values, `*`, `identity;q=0`), or undefined when none is acceptable. */
    encoding(available: readonly string[], options?: Preference): string | undefined;
  }

  export = Negotiator;
}
