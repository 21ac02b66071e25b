// Introspection stays open (partners generate clients from it), and the standard introspection
// query is 15 levels deep. What makes introspection expensive is not depth but fan-out: a type's
// `fields`, whose types' `fields`, whose types' `fields`… multiplies with every level. The standard
// query lists `types { fields }` once and never nests one such list inside another's type, so this
// rule refuses any document that does, through fragments too.
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/** Introspection fields that return a list of types or fields. */
const FAN_OUT = new Set(['types', 'fields', 'inputFields', 'interfaces', 'possibleTypes']);
const ROOTS = new Set(['__schema', '__type']);
/** `types { fields }` (or `__type { fields }`) — as the standard introspection query asks. */
const MAX_NESTED_LISTS = 2;

export function introspectionFanOutRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  /** The most fan-out lists nested on one path below `selectionSet`. */
  const deepest = (selectionSet: SelectionSetNode, inIntrospection: boolean, path: Set<string>): number => {
    let most = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const introspection = inIntrospection || ROOTS.has(name);
        if (!selection.selectionSet) continue;
        const below = deepest(selection.selectionSet, introspection, path);
        most = Math.max(most, below + (introspection && FAN_OUT.has(name) ? 1 : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        most = Math.max(most, deepest(selection.selectionSet, inIntrospection, path));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || path.has(name)) continue; // unknown or cyclic: graphql's own rules report it
        path.add(name);
        most = Math.max(most, deepest(fragment.selectionSet, inIntrospection, path));
        path.delete(name);
      }
    }
    return most;
  };

  return {
    OperationDefinition(operation) {
      if (deepest(operation.selectionSet, false, new Set()) > MAX_NESTED_LISTS) {
        context.reportError(
          new GraphQLError(
            'Introspection may list types and their fields, but not the fields of those fields’ types: query those types by name instead.',
            { nodes: [operation], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
          ),
        );
      }
    },
  };
}
