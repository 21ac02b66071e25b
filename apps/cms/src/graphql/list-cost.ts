// What a GraphQL query costs to answer, counted the way the database and the serializer pay for it:
// every field once per item of every list around it. A list's size is the `pagination.limit` it
// asks for (its variable's value too), else Strapi's default for a collection query and a fixed
// guess for nested lists (relations, repeatable components, a page's sections); a union or
// interface item (a dynamic zone's section) costs its dearest fragment. Twenty aliases of a hundred
// pages with their bodies then cost what they are, and are refused with 400 before running, for
// anonymous clients and partners alike; the website's own server is not limited.
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApiCaller } from '../utils/content-api';

export interface ListCostLimits {
  maxCost: number;
  /** Strapi's size of a collection query that names none (the GraphQL plugin's defaultLimit). */
  defaultLimit: number;
  /** The largest size Strapi gives (maxLimit): a bigger limit is answered with this many. */
  maxLimit: number;
  /** Assumed size of a nested list without a limit. */
  nestedListSize: number;
}

type Variables = Record<string, unknown>;

/** The list size a field asks for with `pagination: { limit }` (or pageSize), if any. */
function askedSize(args: readonly { name: { value: string }; value: import('graphql').ValueNode }[] | undefined, variables: Variables): number | undefined {
  const pagination = args?.find((arg) => arg.name.value === 'pagination');
  if (!pagination) return undefined;
  const value = valueFromASTUntyped(pagination.value, variables) as { limit?: unknown; pageSize?: unknown } | null;
  const size = Number(value?.limit ?? value?.pageSize);
  return Number.isFinite(size) && size >= 0 ? size : undefined;
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  limits: ListCostLimits,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  // `inherited`: the size a connection (`faqs_connection(pagination: …) { nodes }`) asks for its nodes.
  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, atRoot: boolean, seen: Set<string>, inherited?: number): number => {
    let fields = 0;
    // Fragments on a union or interface: an item is one of the types, so the dearest one counts.
    const byType = new Map<string, number>();
    const addFragment = (typeName: string | undefined, set: SelectionSetNode, within = seen) => {
      const type = typeName ? schema.getType(typeName) : parent;
      if (!type) return;
      const cost = costOf(set, type, atRoot, within, inherited);
      if (type === parent) fields += cost;
      else byType.set(type.name, (byType.get(type.name) ?? 0) + cost);
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue; // __typename, and introspection (bounded by its own rule)
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        if (!field) continue;
        const asked = askedSize(selection.arguments, variables);
        const isList = isListType(getNullableType(field.type));
        // A connection's size goes to its `nodes`; a list's to itself.
        const passed = !isList && /_connection$/.test(name) ? (asked ?? limits.defaultLimit) : undefined;
        const inner = selection.selectionSet ? costOf(selection.selectionSet, getNamedType(field.type), false, seen, passed) : 0;
        const own = asked ?? (name === 'nodes' ? inherited : undefined);
        const size = isList ? Math.min(own ?? (atRoot ? limits.defaultLimit : limits.nestedListSize), limits.maxLimit) : 1;
        fields += size * (1 + inner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        addFragment(selection.typeCondition?.name.value, selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        addFragment(fragment.typeCondition.name.value, fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }
    }
    const dearest = isUnionType(parent) || isInterfaceType(parent) ? Math.max(0, ...byType.values()) : [...byType.values()].reduce((a, b) => a + b, 0);
    return fields + dearest;
  };
  return costOf(operation.selectionSet, root, true, new Set());
}

interface RequestContext {
  schema: GraphQLSchema;
  document?: DocumentNode;
  operation?: OperationDefinitionNode | null;
  request: { variables?: Variables };
  contextValue?: { koaContext?: { state?: { apiCaller?: ApiCaller } } };
}

/** An Apollo plugin: the cost is known once the operation and its variables are. */
export function listCostPlugin(limits: ListCostLimits) {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(context: RequestContext) {
          if (context.contextValue?.koaContext?.state?.apiCaller === 'site' || !context.document || !context.operation) return;
          const cost = operationCost(context.schema, context.document, context.operation, context.request.variables ?? {}, limits);
          if (cost <= limits.maxCost) return;
          throw new GraphQLError(
            `This query would cost ${cost}, more than ${limits.maxCost}: every field counts once per item of each list around it. Ask for fewer items (pagination: { limit }), fewer fields or fewer aliases, and page through the rest.`,
            { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: limits.maxCost, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
