/**
 * Target `graphql`: the GraphQL API of the spec's resources exposed over
 * GraphQL, as SDL.
 *
 * Input: the IR, through the shared API contract (`emit/api/shapes.ts`:
 * operation ids, create/update bodies, filters, sort, pagination), so that
 * the GraphQL, REST and gRPC APIs and the generated service agree. Output:
 * - `schema.graphql`: custom scalars (with `@specifiedBy`), the `Node`
 *   interface and `node` query, object types of the entities, Relay
 *   connections, create/update/filter inputs, order enums, query and
 *   mutation fields per operation and action, subscriptions per domain event
 *   (`view-model.ts` decides, `layout.ts` prints, the template
 *   `graphql/schema.graphql.njk` places the blocks);
 * - `operations.graphql`: one example operation per root field, with
 *   variables, which validates against the schema (`operations.ts`).
 *
 * Diagnostics: renamed names and a spec exposing nothing over GraphQL
 * (`diagnostics/codes/graphql.ts`). Pure and deterministic.
 */
import type { Emitter, OutputFile } from '../emitter.js';
import { generatedHeader } from '../header.js';
import { schemaBlocks } from './layout.js';
import { operationBlocks } from './operations.js';
import { buildGraphqlSchema } from './view-model.js';

/** The graphql target has no options yet. */
export type GraphqlOptions = Record<string, never>;

export const graphqlTarget: Emitter<GraphqlOptions> = {
  name: 'graphql',
  description: 'GraphQL SDL of the resources exposed over GraphQL (Relay connections, Node, mutations, event subscriptions) and example operations.',
  options: [],
  defaults: {},
  emit(model, ctx): OutputFile[] {
    const schema = buildGraphqlSchema(model, ctx.report);
    const header = generatedHeader('graphql', ctx.specPath);
    const end = (s: string): string => s.replace(/\n*$/, '\n');
    return [
      { path: 'schema.graphql', content: end(ctx.render('schema.graphql.njk', { header, blocks: schemaBlocks(schema) })), kind: 'generated' },
      { path: 'operations.graphql', content: end(ctx.render('operations.graphql.njk', { header, operations: operationBlocks(schema) })), kind: 'generated' },
    ];
  },
};
