/**
 * Rules for MCP servers: each tool and resource has exactly one source and it
 * resolves (a query, a command, a `resource.operation`, an entity); a command
 * tool is not `readonly`; prompt placeholders `{{name}}` and declared
 * arguments match both ways.
 */
import type { McpServerDoc, McpToolDoc } from '../../syntax/document.js';
import { createRangeMapper } from '../../syntax/expr/lex.js';
import { parseDottedName } from '../../syntax/expr/values.js';
import { didYouMeanHint } from '../../diagnostics/did-you-mean.js';
import { at, entriesOf, isString, keySpan, ptr, reportAll, reportAt, sourceAt, valueSpan, type CheckContext, type Named } from '../context.js';
import { lookupEntity, lookupName } from '../lookup.js';
import { resolveFields } from '../types.js';

export type McpRule = (server: Named<McpServerDoc>, ctx: CheckContext) => void;

function lookupQuery(ctx: CheckContext, name: string, pointer: string): void {
  lookupName(ctx.names.queries, name, (hint) => reportAt(ctx, 'unknown-query', { name }, at(valueSpan(ctx, pointer), hint)));
}

function lookupOperation(ctx: CheckContext, text: string, pointer: string): void {
  const { node, diagnostics } = parseDottedName(sourceAt(ctx, pointer, text), 'the operation reference');
  reportAll(ctx, diagnostics);
  if (!node) return;
  if (node.length !== 2) {
    reportAt(ctx, 'unknown-resource-operation', { resource: node[0]!.name, name: node.slice(1).map((s) => s.name).join('.') }, at(valueSpan(ctx, pointer), 'Write `resource.operation`, e.g. `orders.list`.'));
    return;
  }
  const [res, op] = [node[0]!, node[1]!];
  const r = lookupName(ctx.resources, res.name, (hint) => reportAt(ctx, 'unknown-resource', { name: res.name }, at(res.span, hint)));
  if (!r) return;
  const names = [...r.operations, ...entriesOf(r.doc.actions).map(([n]) => n)];
  if (!names.includes(op.name)) reportAt(ctx, 'unknown-resource-operation', { resource: res.name, name: op.name }, at(op.span, didYouMeanHint(op.name, names)));
}

function toolSourceResolves(ctx: CheckContext, tool: McpToolDoc, pointer: string): void {
  if (isString(tool.query)) lookupQuery(ctx, tool.query, `${pointer}/query`);
  if (isString(tool.command)) {
    const name = tool.command;
    lookupName(ctx.names.commands, name, (hint) => reportAt(ctx, 'unknown-command', { name, owner: 'No aggregate' }, at(valueSpan(ctx, `${pointer}/command`), hint)));
  }
  if (isString(tool.operation)) lookupOperation(ctx, tool.operation, `${pointer}/operation`);
}

export const toolsHaveOneValidSource: McpRule = (s, ctx) => {
  for (const [name, tool] of entriesOf(s.doc.tools)) {
    const pointer = ptr('mcp', s.name, 'tools', name);
    const count = [tool.query, tool.command, tool.operation].filter((x) => x !== undefined).length;
    if (count !== 1) reportAt(ctx, 'mcp-source-count', { what: `Tool \`${name}\``, sources: '`query`, `command` and `operation`' }, at(keySpan(ctx, pointer)));
    toolSourceResolves(ctx, tool, pointer);
    if (tool.command !== undefined && tool.readonly === true) reportAt(ctx, 'readonly-command-tool', { tool: name }, at(valueSpan(ctx, `${pointer}/readonly`)));
  }
};

export const resourcesHaveOneValidSource: McpRule = (s, ctx) => {
  for (const [name, res] of entriesOf(s.doc.resources)) {
    const pointer = ptr('mcp', s.name, 'resources', name);
    if ((res.entity === undefined) === (res.query === undefined)) {
      reportAt(ctx, 'mcp-source-count', { what: `Resource \`${name}\``, sources: '`entity` and `query`' }, at(keySpan(ctx, pointer)));
    }
    if (isString(res.entity)) lookupEntity(ctx, res.entity, () => valueSpan(ctx, `${pointer}/entity`));
    if (isString(res.query)) lookupQuery(ctx, res.query, `${pointer}/query`);
  }
};

/** `{{name}}` placeholders of a template with their offsets. */
export function placeholders(template: string): { name: string; start: number; end: number }[] {
  return [...template.matchAll(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => ({ name: m[1]!, start: m.index!, end: m.index! + m[0].length }));
}

export const promptPlaceholdersMatchArguments: McpRule = (s, ctx) => {
  for (const [name, prompt] of entriesOf(s.doc.prompts)) {
    const pointer = ptr('mcp', s.name, 'prompts', name);
    const args = resolveFields(ctx, name, `Prompt \`${name}\``, prompt.arguments, `${pointer}/arguments`).map((f) => f.name);
    if (!isString(prompt.template)) continue;
    const map = createRangeMapper(sourceAt(ctx, `${pointer}/template`, prompt.template));
    const used = placeholders(prompt.template);
    for (const p of used) {
      if (!args.includes(p.name)) reportAt(ctx, 'prompt-placeholder-undeclared', { name: p.name, prompt: name }, at(map(p.start, p.end), didYouMeanHint(p.name, args)));
    }
    for (const a of args) {
      if (!used.some((p) => p.name === a)) reportAt(ctx, 'prompt-argument-unused', { name: a, prompt: name }, at(keySpan(ctx, ptr('mcp', s.name, 'prompts', name, 'arguments', a))));
    }
  }
};

export const mcpRules: readonly McpRule[] = [toolsHaveOneValidSource, resourcesHaveOneValidSource, promptPlaceholdersMatchArguments];
