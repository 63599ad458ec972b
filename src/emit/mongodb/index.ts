/**
 * Target `mongodb`: per collection a validator (`$jsonSchema`, checks as
 * `$expr`) and indexes, as `setup.mongosh.js` (creates or updates everything;
 * idempotent) and as `schema.json` (Extended JSON for tools). `schema.json`
 * keeps the view model's fixed build order instead of sorting keys: the order
 * of an index `key` is its meaning.
 */
import type { Emitter, OutputFile } from '../emitter.js';
import { generatedHeader } from '../header.js';
import { prettyJson } from './pretty-json.js';
import { buildMongoSchema, schemaJson, scriptView } from './view-model.js';

/** The mongodb target has no options yet. */
export type MongodbOptions = Record<string, never>;

export const mongodbTarget: Emitter<MongodbOptions> = {
  name: 'mongodb',
  description: 'MongoDB collections: $jsonSchema validators and indexes (unique, compound, partial), as a mongosh script and as JSON.',
  options: [],
  defaults: {},
  emit(model, ctx): OutputFile[] {
    const schema = buildMongoSchema(model, ctx.report);
    const script = ctx.render('setup.mongosh.js.njk', scriptView(schema));
    return [
      { path: 'schema.json', content: `${prettyJson(schemaJson(schema))}\n`, kind: 'generated' },
      { path: 'setup.mongosh.js', content: `${generatedHeader('js', ctx.specPath)}${script.replace(/\n*$/, '\n')}`, kind: 'generated' },
    ];
  },
};
