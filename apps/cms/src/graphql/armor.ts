// GraphQL Armor's protections for Apollo, as validation rules and plugins, and one rule of ours for
// introspection: they run on every operation Apollo executes, whatever transport or content type
// brought it, and answer 400. (Strapi also adds its own depthLimit rule, which skips introspection.)
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { introspectionFanOutRule } from './introspection-fan-out';
import { listCostPlugin } from './list-cost';

export interface GraphqlLimits {
  /** Aliased fields in one operation (each alias runs its resolver again). */
  maxAliases: number;
  /** Nesting of selections, fragments flattened, introspection included (its standard query is 15 deep). */
  maxDepth: number;
  /** Fields counted once per item of every list around them (src/graphql/list-cost.ts). */
  maxCost: number;
  /** Strapi's list sizes: without a limit, and the largest it gives. */
  defaultLimit: number;
  maxLimit: number;
  /** Lexical tokens in the document: bounds parsing work before anything else runs. */
  maxTokens: number;
  /** Directives in one operation (@include/@skip …). */
  maxDirectives: number;
  /** In production, "Did you mean …?" hints are masked so the schema cannot be guessed field by field. */
  blockFieldSuggestions: boolean;
}

export function graphqlArmor(limits: GraphqlLimits) {
  const { plugins, validationRules } = new ApolloArmor({
    maxAliases: { n: limits.maxAliases },
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    // Armor's cost ignores how many items a list holds; ours counts them (and knows the caller).
    costLimit: { enabled: false },
    // Armor's token plugin parses in a hook whose errors Apollo answers with 500 (even for a plain
    // syntax error); graphql-js's own parser limit, below, answers 400 instead.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect();
  const cost = listCostPlugin({ maxCost: limits.maxCost, defaultLimit: limits.defaultLimit, maxLimit: limits.maxLimit, nestedListSize: 10 });
  return {
    plugins: [...plugins, cost],
    validationRules: [...validationRules, introspectionFanOutRule],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
