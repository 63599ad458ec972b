/**
 * Target `openapi`: the REST API of the spec as an OpenAPI 3.1 document,
 * `openapi.yaml` and `openapi.json` (the same document; YAML with a
 * generated-file header, JSON without, as JSON has no comments). Built as
 * data (`document.ts`) and serialized, not templated: the document's
 * structure is the contract, and both serializers escape every string.
 */
import type { Emitter, OutputFile } from '../emitter.js';
import { generatedHeader } from '../header.js';
import { buildDocument } from './document.js';
import { jsonText } from './json.js';
import { yamlText } from './yaml.js';

/** The openapi target has no options yet. */
export type OpenapiOptions = Record<string, never>;

export const openapiTarget: Emitter<OpenapiOptions> = {
  name: 'openapi',
  description: 'The REST API as an OpenAPI 3.1 document (openapi.yaml and openapi.json): operations, schemas with examples, errors, security.',
  options: [],
  defaults: {},
  emit(model, ctx): OutputFile[] {
    const doc = buildDocument(model, ctx.report);
    return [
      { path: 'openapi.json', content: jsonText(doc), kind: 'generated' },
      { path: 'openapi.yaml', content: yamlText(doc, generatedHeader('yaml', ctx.specPath)), kind: 'generated' },
    ];
  },
};
