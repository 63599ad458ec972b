/**
 * YAML text of the OpenAPI document: block style, no anchors or aliases, no
 * line folding, keys in document order. A string is quoted whenever a YAML
 * 1.2 *or* 1.1 reader could take its plain form for something else
 * (`yes`, `2024-05-17`, `0o12`, `"200"`), so every YAML tool reads the same
 * document as `openapi.json` holds.
 */
import { Document, isScalar, parse, visit } from 'yaml';
import type { Json } from './json.js';

/** Whether a one-line string would not read back as itself under YAML 1.1. */
function ambiguousIn11(s: string): boolean {
  if (s.length === 0 || s.length > 64 || /[\n\r]/.test(s)) return false;
  try {
    return parse(s, { version: '1.1' }) !== s;
  } catch {
    return true;
  }
}

/** The document as YAML, after `header` (comment lines ending in "\n"). */
export function yamlText(value: Json, header: string): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && node.type === undefined && ambiguousIn11(node.value)) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return `${header}${doc.toString({ lineWidth: 0 })}`;
}
