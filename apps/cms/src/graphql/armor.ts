// GraphQL Armor's protections for Apollo, as validation rules and plugins, and one rule of ours for
// introspection: they run on every operation Apollo executes, whatever transport or content type
// brought it, and answer 400. (Strapi also adds its own depthLimit rule, which skips introspection.)
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { introspectionFanOutRule } from './introspection-fan-out';

export interface GraphqlLimits {
  /** Aliased fields in one operation (each alias runs its resolver again). */
  maxAliases: number;
  /** Nesting of selections, fragments flattened, introspection included (its standard query is 15 deep). */
  maxDepth: number;
  /** Weighted count of objects and scalars selected, deeper fields cost more. */
  maxCost: number;
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
    costLimit: { maxCost: limits.maxCost },
    // Armor's token plugin parses in a hook whose errors Apollo answers with 500 (even for a plain
    // syntax error); graphql-js's own parser limit, below, answers 400 instead.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect();
  return { plugins, validationRules: [...validationRules, introspectionFanOutRule], parseOptions: { maxTokens: limits.maxTokens } };
}
