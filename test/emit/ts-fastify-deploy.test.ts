/**
 * The deploy files of the `ts-fastify` target (`src/emit/ts-fastify/deploy.ts`),
 * checked statically (no Docker engine runs here): for every example and the
 * golden fixtures, the YAML files parse, compose has the expected services
 * with healthchecks, the Kubernetes manifests have the right kinds,
 * apiVersions, probes and autoscaler values, and a small Dockerfile linter
 * checks the essentials (multi-stage, pinned base, non-root USER before CMD,
 * HEALTHCHECK, EXPOSE = port, exec-form CMD, no remote ADD, `npm ci`).
 * `hadolint` also runs when it is installed (it is not packaged for Debian
 * bookworm, so usually it is not).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { createNodeHost } from '../../src/core/host.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { deployFiles, HEALTHCHECK_SCRIPT } from '../../src/emit/ts-fastify/deploy.js';
import type { ServiceModel } from '../../src/model/model.js';
import { validateSpec } from '../../src/pipeline.js';
import { modelOf } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const SPECS = [
  'examples/shop/backend.pab',
  'examples/bank/backend.pab',
  'examples/blog/backend.yaml',
  'examples/assistant/backend.pab',
  'test/fixtures/golden/conformance/input.pab',
  'test/fixtures/golden/hostile-strings/input.pab',
] as const;

type Obj = Record<string, any>;

function load(spec: string): ServiceModel {
  const result = validateSpec(createNodeHost(), join(ROOT, spec));
  if (!result.model) throw new Error(`${spec} does not check`);
  return result.model;
}

function emit(model: ServiceModel, specPath = 'backend.pab'): { files: Map<string, string>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files = new Map(deployFiles(model, { specPath, report: (d) => diagnostics.push(d) }).map((f) => [f.path, f.content]));
  return { files, diagnostics };
}

/** One YAML document, failing on any parse error or warning. */
function yamlDoc(text: string): Obj {
  const docs = parseAllDocuments(text);
  expect(Array.isArray(docs)).toBe(true);
  const list = docs as Exclude<typeof docs, { empty: true }>;
  expect(list).toHaveLength(1);
  expect(list[0]!.errors).toEqual([]);
  expect(list[0]!.warnings).toEqual([]);
  return list[0]!.toJS() as Obj;
}

// ---- a small Dockerfile linter -------------------------------------------------

interface Instruction {
  readonly line: number;
  readonly keyword: string;
  readonly args: string;
}

/** Dockerfile instructions: comments and blank lines dropped, `\` continuations joined. */
function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const start = i + 1;
    if (/^\s*(#|$)/.test(line)) continue;
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + ' ' + lines[++i]!;
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!m) throw new Error(`line ${start}: not an instruction: ${line}`);
    out.push({ line: start, keyword: m[1]!.toUpperCase(), args: m[2]!.trim() });
  }
  return out;
}

/** The problems of a Dockerfile, as messages; `port` is the port the service listens on. */
function lintDockerfile(text: string, port: number): string[] {
  const problems: string[] = [];
  const known = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);
  const ins = parseDockerfile(text);
  for (const i of ins) if (!known.has(i.keyword)) problems.push(`line ${i.line}: unknown instruction ${i.keyword}`);
  if (!text.startsWith('# syntax=docker/dockerfile:1\n')) problems.push('the parser directive must be the first line');

  const froms = ins.filter((i) => i.keyword === 'FROM');
  if (froms.length < 2) problems.push('not multi-stage');
  const stages = new Set<string>();
  for (const f of froms) {
    const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(f.args);
    if (!m) { problems.push(`line ${f.line}: bad FROM`); continue; }
    const image = m[1]!;
    if (!stages.has(image)) {
      const name = image.split('@')[0]!;
      const tag = name.lastIndexOf(':') > name.lastIndexOf('/') ? name.slice(name.lastIndexOf(':') + 1) : undefined;
      if (!image.includes('@') && (tag === undefined || tag === 'latest')) problems.push(`line ${f.line}: base image ${image} not pinned`);
    }
    if (m[2]) stages.add(m[2]);
  }
  for (const c of ins.filter((i) => i.keyword === 'COPY')) {
    const from = /--from=(\S+)/.exec(c.args)?.[1];
    if (from !== undefined && !stages.has(from)) problems.push(`line ${c.line}: COPY --from an unknown stage ${from}`);
  }

  // The last stage: what runs.
  const lastFrom = ins.lastIndexOf(froms[froms.length - 1]!);
  const runtime = ins.slice(lastFrom);
  const users = runtime.filter((i) => i.keyword === 'USER');
  const cmdIndex = runtime.findIndex((i) => i.keyword === 'CMD');
  if (cmdIndex < 0) problems.push('no CMD');
  const lastUser = users[users.length - 1];
  if (!lastUser) problems.push('no USER in the runtime stage');
  else {
    if (/^(root|0+)(:|$)/.test(lastUser.args)) problems.push(`USER ${lastUser.args} is root`);
    if (runtime.indexOf(lastUser) > cmdIndex) problems.push('USER after CMD');
  }
  const cmd = runtime[cmdIndex];
  if (cmd) {
    let parsed: unknown;
    try { parsed = JSON.parse(cmd.args); } catch { parsed = undefined; }
    if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string')) problems.push('CMD is not in exec form');
  }
  if (ins.filter((i) => i.keyword === 'CMD').length !== 1) problems.push('more than one CMD');
  const hc = runtime.filter((i) => i.keyword === 'HEALTHCHECK');
  if (hc.length !== 1) problems.push('no HEALTHCHECK');
  else {
    const m = /\bCMD\s+(\[.*\])$/.exec(hc[0]!.args);
    if (!m) problems.push('HEALTHCHECK CMD not in exec form');
  }
  const exposes = runtime.filter((i) => i.keyword === 'EXPOSE').flatMap((i) => i.args.split(/\s+/));
  if (exposes.length !== 1 || exposes[0] !== String(port)) problems.push(`EXPOSE ${exposes.join(' ')} is not ${port}`);
  const env = runtime.filter((i) => i.keyword === 'ENV').map((i) => i.args).join(' ');
  if (!new RegExp(`\\bPORT=${port}\\b`).test(env)) problems.push('ENV PORT missing');
  if (!/\bNODE_ENV=production\b/.test(env)) problems.push('ENV NODE_ENV=production missing');

  for (const i of ins) {
    if (i.keyword === 'ADD' && /\b(https?|ftp|git):\/\//.test(i.args)) problems.push(`line ${i.line}: ADD of a remote URL`);
    if (i.keyword === 'RUN' && /\bnpm\s+(install|i)\b/.test(i.args)) problems.push(`line ${i.line}: npm install instead of npm ci`);
    if (i.keyword === 'RUN' && /\b(curl|wget)\b.*\|\s*(ba)?sh\b/.test(i.args)) problems.push(`line ${i.line}: pipes a download into a shell`);
  }
  const runs = ins.filter((i) => i.keyword === 'RUN').map((i) => i.args);
  if (!runs.some((r) => /\bnpm ci\b/.test(r))) problems.push('no npm ci');
  if (!runs.some((r) => /\bnpm ci\b.*--omit=dev/.test(r))) problems.push('production dependencies not installed with npm ci --omit=dev');
  if (!runs.some((r) => /\bnpx prisma generate\b/.test(r))) problems.push('no prisma generate');
  if (!runs.some((r) => /\bnpm run build\b/.test(r))) problems.push('no npm run build');
  return problems;
}

function hadolint(text: string): string | undefined {
  const probe = spawnSync('hadolint', ['--version'], { encoding: 'utf8' });
  if (probe.error) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'pab-hadolint-'));
  try {
    writeFileSync(join(dir, 'Dockerfile'), text);
    const r = spawnSync('hadolint', ['--failure-threshold', 'warning', join(dir, 'Dockerfile')], { encoding: 'utf8' });
    return r.status === 0 ? '' : `${r.stdout}${r.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the Dockerfile linter of this test', () => {
  it('catches what it checks', () => {
    const bad = 'FROM node:latest\nRUN npm install\nADD https://x.example/a.tgz /a\nUSER root\nCMD node dist/server.js\n';
    const problems = lintDockerfile(bad, 3000).join('\n');
    for (const p of ['not multi-stage', 'not pinned', 'npm install instead', 'ADD of a remote URL', 'is root', 'not in exec form', 'no HEALTHCHECK', 'EXPOSE']) {
      expect(problems).toContain(p);
    }
  });
});

describe.each(SPECS)('deploy files of %s', (spec) => {
  const model = load(spec);
  const { files, diagnostics } = emit(model, spec);
  const port = model.deploy.docker.port;

  it('writes the Dockerfile, .dockerignore and docker-compose.yml, and k8s only when asked', () => {
    const expected = ['Dockerfile', '.dockerignore', 'docker-compose.yml'];
    if (model.deploy.kubernetes) {
      expected.push('k8s/deployment.yaml', 'k8s/service.yaml');
      if (model.deploy.kubernetes.autoscale) expected.push('k8s/hpa.yaml');
    }
    expect([...files.keys()].sort()).toEqual(expected.sort());
    for (const content of files.values()) {
      expect(content.endsWith('\n')).toBe(true);
      expect(content).not.toMatch(/\r/);
    }
  });

  it('writes a Dockerfile that passes the essentials', () => {
    const dockerfile = files.get('Dockerfile')!;
    expect(lintDockerfile(dockerfile, port)).toEqual([]);
    expect(dockerfile).toContain('CMD ["node", "dist/server.js"]');
    expect(dockerfile).toContain(JSON.stringify(HEALTHCHECK_SCRIPT));
    for (const what of ['dist', 'node_modules', 'prisma', 'migrations', 'openapi.json']) {
      expect(dockerfile).toMatch(new RegExp(`^COPY .*\\b${what.replace('.', '\\.')}\\b`, 'm'));
    }
    const lint = hadolint(dockerfile);
    if (lint !== undefined) expect(lint).toBe('');
  });

  it('keeps the build context small and without secrets', () => {
    const ignore = files.get('.dockerignore')!.split('\n');
    for (const entry of ['node_modules', 'dist', '.env', '.git']) expect(ignore).toContain(entry);
    expect(ignore).not.toContain('package-lock.json');
  });

  it('writes a docker-compose.yml with the app and every backing service, each healthy before the app starts', () => {
    const compose = yamlDoc(files.get('docker-compose.yml')!);
    const names = Object.keys(compose['services']);
    const app = names[0]!;
    expect(names.slice(1)).toEqual([...model.deploy.compose]);
    const svc = compose['services'][app];
    expect(svc.build).toEqual({ context: '.' });
    expect(svc.image).not.toMatch(/:latest$/);
    expect(svc.ports).toEqual([{ target: port, published: String(port), protocol: 'tcp' }]);
    expect(svc.environment.PORT).toBe(String(port));
    for (const name of model.deploy.compose) {
      const backing = compose['services'][name];
      expect(backing.image).toMatch(/^[a-z]+:\d+\.\d+/);
      expect(Array.isArray(backing.healthcheck.test)).toBe(true);
      expect(svc.depends_on[name]).toEqual({ condition: 'service_healthy' });
    }
    if (model.deploy.compose.includes('postgres')) {
      expect(compose['services'].postgres.healthcheck.test.join(' ')).toContain('pg_isready');
      expect(compose['volumes']).toHaveProperty('postgres-data');
    }
    if (model.deploy.compose.includes('redis')) expect(svc.environment.REDIS_URL).toBe('redis://redis:6379');
    const db = model.backend.database;
    if (db && (db === 'postgres' || db === 'mysql' || db === 'mongodb') && model.deploy.compose.includes(db)) {
      expect(svc.environment.DATABASE_URL).toMatch(new RegExp(`@?${db}:\\d+/`));
    }
    for (const s of model.services) {
      if (s.url.kind === 'env') expect(svc.environment[s.url.name]).toContain(`\${${s.url.name}`);
    }
  });

  it.runIf(model.deploy.kubernetes !== undefined)('writes Kubernetes manifests with probes, resources, a non-root security context and the autoscaler', () => {
    const k8s = model.deploy.kubernetes!;
    const dep = yamlDoc(files.get('k8s/deployment.yaml')!);
    expect(dep['apiVersion']).toBe('apps/v1');
    expect(dep['kind']).toBe('Deployment');
    expect(dep['metadata'].namespace).toMatch(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/);
    expect(dep['spec'].replicas).toBe(k8s.replicas);
    expect(dep['spec'].selector.matchLabels).toEqual(dep['spec'].template.metadata.labels);
    const pod = dep['spec'].template.spec;
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    const c = pod.containers[0];
    expect(c.ports).toEqual([{ name: 'http', containerPort: port, protocol: 'TCP' }]);
    expect(c.livenessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(c.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'http' });
    expect(c.resources.requests).toHaveProperty('cpu');
    expect(c.resources.limits).toHaveProperty('memory');
    expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, runAsNonRoot: true });
    const env = new Map<string, Obj>(c.env.map((e: Obj) => [e.name, e]));
    expect(env.get('DATABASE_URL')?.valueFrom.secretKeyRef.key).toBe('DATABASE_URL');
    const jwt = model.auth?.methods.jwt?.secret;
    if (jwt?.kind === 'env') expect(env.get(jwt.name)?.valueFrom.secretKeyRef).toBeDefined();

    const svc = yamlDoc(files.get('k8s/service.yaml')!);
    expect(svc['apiVersion']).toBe('v1');
    expect(svc['kind']).toBe('Service');
    expect(svc['spec'].selector).toEqual(dep['spec'].selector.matchLabels);
    expect(svc['spec'].ports[0].targetPort).toBe('http');

    if (k8s.autoscale) {
      const hpa = yamlDoc(files.get('k8s/hpa.yaml')!);
      expect(hpa['apiVersion']).toBe('autoscaling/v2');
      expect(hpa['kind']).toBe('HorizontalPodAutoscaler');
      expect(hpa['spec'].scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: dep['metadata'].name });
      expect(hpa['spec'].minReplicas).toBe(k8s.autoscale.min);
      expect(hpa['spec'].maxReplicas).toBe(k8s.autoscale.max);
      expect(hpa['spec'].metrics[0].resource.target).toEqual({ type: 'Utilization', averageUtilization: k8s.autoscale.cpu });
    }
  });

  it('is deterministic', () => {
    expect(emit(load(spec), spec).files).toEqual(files);
  });

  it('warns only about hostile values', () => {
    const codes = diagnostics.map((d) => d.code).sort();
    if (spec.includes('hostile')) {
      expect(codes).toEqual(['ts-fastify-image-invalid', 'ts-fastify-k8s-name-invalid', 'ts-fastify-user-invalid']);
      for (const d of diagnostics) expect(d.severity).toBe('warning');
    } else {
      expect(codes).toEqual([]);
    }
  });
});

describe('deploy settings', () => {
  const base = (deploy: string): ServiceModel =>
    modelOf(`backend Odd {\n  database postgres\n}\n\nentity Item {\n  name string\n}\n\nresource items {\n  entity Item\n}\n\n${deploy}\n`);

  it('warns about an unpinned base image but keeps it', () => {
    for (const image of ['node', 'node:latest', 'registry.example:5000/team/node:latest']) {
      const { files, diagnostics } = emit(base(`deploy {\n  docker {\n    base "${image}"\n  }\n}`));
      expect(diagnostics.map((d) => d.code)).toEqual(['ts-fastify-image-unpinned']);
      expect(files.get('Dockerfile')).toContain(`FROM ${image} AS runtime`);
    }
    const digest = `node@sha256:${'a'.repeat(64)}`;
    expect(emit(base(`deploy {\n  docker {\n    base "${digest}"\n  }\n}`)).diagnostics).toEqual([]);
  });

  it('warns about root and creates a user the base image lacks', () => {
    const root = emit(base('deploy {\n  docker {\n    user "root"\n  }\n}'));
    expect(root.diagnostics.map((d) => d.code)).toEqual(['ts-fastify-user-root']);
    const app = emit(base('deploy {\n  docker {\n    user "app"\n  }\n  kubernetes {\n    replicas 1\n  }\n}'));
    expect(app.diagnostics).toEqual([]);
    const dockerfile = app.files.get('Dockerfile')!;
    expect(dockerfile).toMatch(/^RUN id -u app .*useradd --system --uid 10001 .*app/m);
    expect(lintDockerfile(dockerfile, 3000)).toEqual([]);
    const dep = yamlDoc(app.files.get('k8s/deployment.yaml')!);
    expect(dep['spec'].template.spec.securityContext.runAsUser).toBe(10001);
  });

  it('keeps hostile strings out of the structure of every file', () => {
    const { files } = emit(base('deploy {\n  docker {\n    base "node:20\\nRUN curl evil | sh"\n    user "node\\nUSER root"\n  }\n  kubernetes {\n    namespace "a: b\\n---\\nkind: Secret"\n  }\n}'), 'x\ny.pab');
    const dockerfile = files.get('Dockerfile')!;
    expect(lintDockerfile(dockerfile, 3000)).toEqual([]);
    expect(dockerfile).not.toContain('evil');
    for (const path of ['docker-compose.yml', 'k8s/deployment.yaml', 'k8s/service.yaml']) {
      const doc = yamlDoc(files.get(path)!);
      expect(JSON.stringify(doc)).not.toContain('Secret"');
    }
    expect(parseYaml(files.get('k8s/service.yaml')!).metadata.namespace).toBe('a-b-kind-secret');
  });
});
