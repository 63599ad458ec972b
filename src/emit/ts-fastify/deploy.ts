/**
 * The deploy files of the `ts-fastify` target: `Dockerfile` (multi-stage,
 * pinned base image, non-root user, HEALTHCHECK), `.dockerignore`,
 * `docker-compose.yml` (the service and the backing services of
 * `deploy.compose`, each with a healthcheck) and, when the spec has a
 * `deploy.kubernetes` section, `k8s/deployment.yaml`, `k8s/service.yaml` and
 * `k8s/hpa.yaml` (with `autoscale`).
 *
 * YAML files are built as objects and serialized with the `yaml` package, so
 * no user string can break their structure. The Dockerfile has no quoting, so
 * the only user strings it holds (base image, user) are validated and
 * replaced by the defaults when they are not what Docker accepts. Compose
 * interpolates `$` in values: values holding user text are escaped (`$$`).
 */
import { stringify } from 'yaml';
import { createSpan } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/codes/ts-fastify-deploy.js';
import type { EnvValue, Origin, ServiceModel } from '../../model/model.js';
import { kebabCase } from '../../model/naming.js';
import type { OutputFile } from '../emitter.js';
import { generatedHeader } from '../header.js';

/** What `deployFiles` needs from the target's emit context. */
export interface DeployContext {
  readonly specPath: string;
  readonly report: (d: Diagnostic) => void;
}

/** The base image and user used when the spec's are unusable (the `deploy.docker` defaults). */
export const DEFAULT_BASE_IMAGE = 'node:20-bookworm-slim';
export const DEFAULT_USER = 'node';
/** The uid of `node` in the official Node.js images; other names get `CREATED_UID`. */
const NODE_UID = 1000;
const CREATED_UID = 10001;

/** Pinned images of the backing services in docker-compose.yml. */
export const COMPOSE_IMAGES = {
  postgres: 'postgres:17.5-bookworm',
  mysql: 'mysql:8.4.5',
  redis: 'redis:7.4.4-bookworm',
  rabbitmq: 'rabbitmq:4.1.1-alpine',
  nats: 'nats:2.11.4-alpine',
  mongodb: 'mongo:8.0.10-noble',
} as const;

type ComposeService = keyof typeof COMPOSE_IMAGES;

/** The database, user and password of the development databases in docker-compose.yml. */
const DEV_DB = 'app';

/** The container's health check: `node` is in every Node.js image, curl and wget are not. */
export const HEALTHCHECK_SCRIPT =
  "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))";

// ---- names and validation ---------------------------------------------------

/** `[registry[:port]/]path[:tag][@sha256:digest]`, after Docker's reference grammar. */
const IMAGE_REF =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;

/** A Linux user name or a numeric uid. */
const USER_NAME = /^(?:[a-z_][a-z0-9_-]{0,31}|[0-9]{1,10})$/;

/** An environment variable name safe in every file (compose, k8s, shell). */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The tag and digest of an image reference (the tag follows the last `:` after the last `/`). */
export function imageParts(image: string): { tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const name = at < 0 ? image : image.slice(0, at);
  const digest = at < 0 ? undefined : image.slice(at + 1);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > slash ? name.slice(colon + 1) : undefined;
  return { ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}

/** A DNS label (RFC 1123) made from any text: lowercase, `-` for the rest, at most 63 characters; `fallback` when nothing is left. */
export function dnsLabel(text: string, fallback: string): string {
  const label = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '');
  return label === '' ? fallback : label;
}

/** A Docker tag from the backend version (`2.0.0` stays; other characters become `-`). */
function imageTag(version: string): string {
  const tag = version.replace(/[^\w.-]/g, '-').replace(/^[.-]+/, '').slice(0, 128);
  return tag === '' ? 'dev' : tag;
}

function isDnsLabel(text: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(text);
}

function spanOf(origin: Origin | undefined): { span?: ReturnType<typeof createSpan> } {
  return origin ? { span: createSpan(origin.file, origin.start, origin.end) } : {};
}

/** Compose interpolates `$`: `$$` is a literal dollar. */
function composeLiteral(value: string): string {
  return value.replace(/\$/g, '$$$$');
}

/** The decisions shared by the deploy files, made once (with their diagnostics). */
interface DeployPlan {
  readonly app: string;
  readonly image: string;
  readonly user: string;
  /** The numeric uid of `user`, for Kubernetes' `runAsUser`. */
  readonly uid: number;
  /** `user` must be created in the runtime image (not `node`, not numeric). */
  readonly createUser: boolean;
  readonly root: boolean;
  readonly port: number;
  readonly namespace?: string;
  /**
   * Environment variables the service reads from the spec (service URLs, JWT
   * and OAuth settings), sorted; `devDefault` ones get a placeholder value in
   * docker-compose.yml, the others (service URLs, asymmetric JWT keys) must be set.
   */
  readonly specEnv: readonly { readonly name: string; readonly devDefault: boolean }[];
}

function envNames(model: ServiceModel): { name: string; devDefault: boolean }[] {
  const found = new Map<string, boolean>();
  const add = (v: EnvValue | undefined, devDefault: boolean): void => {
    if (v?.kind === 'env' && ENV_NAME.test(v.name)) found.set(v.name, (found.get(v.name) ?? true) && devDefault);
  };
  for (const s of model.services) add(s.url, false);
  const methods = model.auth?.methods;
  // An HMAC secret may have a development default; an RS256/ES256/EdDSA key cannot.
  add(methods?.jwt?.secret, methods?.jwt?.algorithm === 'HS256');
  for (const p of methods?.oauth2 ?? []) {
    add(p.clientId, true);
    add(p.clientSecret, true);
  }
  return [...found].map(([name, devDefault]) => ({ name, devDefault })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function plan(model: ServiceModel, report: (d: Diagnostic) => void): DeployPlan {
  const where = spanOf(model.backend.origin);
  const docker = model.deploy.docker;

  let image = docker.base;
  if (!IMAGE_REF.test(image)) {
    report(diag('ts-fastify-image-invalid', { image, fallback: DEFAULT_BASE_IMAGE }, where));
    image = DEFAULT_BASE_IMAGE;
  } else {
    const { tag, digest } = imageParts(image);
    if (digest === undefined && (tag === undefined || tag === 'latest')) report(diag('ts-fastify-image-unpinned', { image }, where));
  }

  let user = docker.user;
  if (!USER_NAME.test(user)) {
    report(diag('ts-fastify-user-invalid', { user, fallback: DEFAULT_USER }, where));
    user = DEFAULT_USER;
  }
  const root = user === 'root' || /^0+$/.test(user);
  if (root) report(diag('ts-fastify-user-root', { user }, where));
  const numeric = /^[0-9]+$/.test(user);
  const uid = numeric ? Number(user) : user === DEFAULT_USER ? NODE_UID : root ? 0 : CREATED_UID;

  const appName = kebabCase(model.backend.name);
  const app = dnsLabel(appName, 'service');
  if (app !== appName) report(diag('ts-fastify-k8s-name-invalid', { what: 'app name (from the backend name)', name: appName, used: app }, where));

  let namespace: string | undefined;
  const k8s = model.deploy.kubernetes;
  if (k8s) {
    namespace = k8s.namespace;
    if (!isDnsLabel(namespace)) {
      const used = dnsLabel(namespace, 'default');
      report(diag('ts-fastify-k8s-name-invalid', { what: 'namespace', name: namespace, used }, where));
      namespace = used;
    }
  }

  return {
    app, image, user, uid, root,
    createUser: !numeric && user !== DEFAULT_USER && !root,
    port: docker.port,
    ...(namespace === undefined ? {} : { namespace }),
    specEnv: envNames(model),
  };
}

// ---- Dockerfile ---------------------------------------------------------------

/** The Dockerfile: deps → build → prod-deps → runtime. */
export function dockerfile(p: DeployPlan, specPath: string): string {
  const healthcheck = JSON.stringify(['node', '-e', HEALTHCHECK_SCRIPT]);
  const createUser = p.createUser
    ? [
        '# The spec\'s user does not exist in the base image: create it (Debian or Alpine).',
        `RUN id -u ${p.user} >/dev/null 2>&1 || useradd --system --uid ${CREATED_UID} --no-create-home ${p.user} 2>/dev/null || adduser -S -D -H -u ${CREATED_UID} ${p.user}`,
        '',
      ]
    : [];
  const owner = p.root ? '' : ` --chown=${p.user}`;
  return [
    '# syntax=docker/dockerfile:1',
    generatedHeader('dockerfile', specPath).trimEnd(),
    '# `npm ci` needs package-lock.json: run `npm install` once and commit the lock file.',
    '',
    '# 1. All dependencies (dev ones too), cached while package*.json do not change.',
    `FROM ${p.image} AS deps`,
    'WORKDIR /app',
    'COPY package.json package-lock.json ./',
    'RUN npm ci --no-audit --no-fund',
    '',
    '# 2. Generate the Prisma client and compile TypeScript to dist/.',
    `FROM ${p.image} AS build`,
    'WORKDIR /app',
    'COPY --from=deps /app/node_modules ./node_modules',
    'COPY . .',
    'RUN npx prisma generate',
    'RUN npm run build',
    '',
    '# 3. Production dependencies only.',
    `FROM ${p.image} AS prod-deps`,
    'WORKDIR /app',
    'COPY package.json package-lock.json ./',
    'RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force',
    '',
    '# 4. The runtime image: compiled code, production dependencies, schema, migrations.',
    `FROM ${p.image} AS runtime`,
    'WORKDIR /app',
    `ENV NODE_ENV=production PORT=${p.port}`,
    ...createUser,
    `COPY${owner} package.json ./`,
    `COPY --from=prod-deps${owner} /app/node_modules ./node_modules`,
    `COPY --from=build${owner} /app/dist ./dist`,
    `COPY${owner} prisma ./prisma`,
    `COPY${owner} migrations ./migrations`,
    `COPY${owner} openapi.json ./`,
    `USER ${p.user}`,
    `EXPOSE ${p.port}`,
    `HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 CMD ${healthcheck}`,
    'CMD ["node", "dist/server.js"]',
    '',
  ].join('\n');
}

/** What the build context leaves out: dependencies and outputs are rebuilt inside the image; secrets never enter it. */
export function dockerignore(specPath: string): string {
  return [
    generatedHeader('shell', specPath).trimEnd(),
    'node_modules',
    'dist',
    'coverage',
    'src/generated/prisma',
    '.git',
    '.env',
    '.env.*',
    '!.env.example',
    'npm-debug.log*',
    'Dockerfile',
    '.dockerignore',
    'docker-compose.yml',
    'k8s',
    '',
  ].join('\n');
}

// ---- docker-compose.yml -------------------------------------------------------

interface BackingService {
  readonly definition: Record<string, unknown>;
  /** Variables the app gets to reach it. */
  readonly env: Record<string, string>;
  readonly volume?: string;
}

/** A backing service of docker-compose.yml, with its healthcheck and the app's connection variables. */
/** A published port in compose's long syntax (the short `"a:b"` form is a base-60 number to YAML 1.1 readers). */
function port(n: number): Record<string, unknown> {
  return { target: n, published: String(n), protocol: 'tcp' };
}

function backingService(name: ComposeService, database: string | undefined): BackingService {
  const healthcheck = (test: string[]): Record<string, unknown> => ({ test, interval: '5s', timeout: '5s', retries: 20, start_period: '10s' });
  switch (name) {
    case 'postgres':
      return {
        definition: {
          image: COMPOSE_IMAGES.postgres,
          environment: { POSTGRES_USER: DEV_DB, POSTGRES_PASSWORD: DEV_DB, POSTGRES_DB: DEV_DB },
          ports: [port(5432)],
          volumes: ['postgres-data:/var/lib/postgresql/data'],
          healthcheck: healthcheck(['CMD-SHELL', `pg_isready -U ${DEV_DB} -d ${DEV_DB}`]),
        },
        env: database === 'postgres' ? { DATABASE_URL: `postgresql://${DEV_DB}:${DEV_DB}@postgres:5432/${DEV_DB}` } : {},
        volume: 'postgres-data',
      };
    case 'mysql':
      return {
        definition: {
          image: COMPOSE_IMAGES.mysql,
          environment: { MYSQL_DATABASE: DEV_DB, MYSQL_USER: DEV_DB, MYSQL_PASSWORD: DEV_DB, MYSQL_ROOT_PASSWORD: `${DEV_DB}-root` },
          ports: [port(3306)],
          volumes: ['mysql-data:/var/lib/mysql'],
          healthcheck: healthcheck(['CMD', 'mysqladmin', 'ping', '-h', '127.0.0.1', '--silent']),
        },
        env: database === 'mysql' ? { DATABASE_URL: `mysql://${DEV_DB}:${DEV_DB}@mysql:3306/${DEV_DB}` } : {},
        volume: 'mysql-data',
      };
    case 'mongodb':
      return {
        definition: {
          image: COMPOSE_IMAGES.mongodb,
          ports: [port(27017)],
          volumes: ['mongodb-data:/data/db'],
          healthcheck: healthcheck(['CMD', 'mongosh', '--quiet', '--eval', "db.adminCommand('ping').ok"]),
        },
        env: database === 'mongodb'
          ? { DATABASE_URL: `mongodb://mongodb:27017/${DEV_DB}` }
          : { MONGODB_URL: `mongodb://mongodb:27017/${DEV_DB}` },
        volume: 'mongodb-data',
      };
    case 'redis':
      return {
        definition: {
          image: COMPOSE_IMAGES.redis,
          ports: [port(6379)],
          healthcheck: healthcheck(['CMD', 'redis-cli', 'ping']),
        },
        env: { REDIS_URL: 'redis://redis:6379' },
      };
    case 'rabbitmq':
      return {
        definition: {
          image: COMPOSE_IMAGES.rabbitmq,
          environment: { RABBITMQ_DEFAULT_USER: DEV_DB, RABBITMQ_DEFAULT_PASS: DEV_DB },
          ports: [port(5672)],
          healthcheck: healthcheck(['CMD', 'rabbitmq-diagnostics', '-q', 'ping']),
        },
        env: { RABBITMQ_URL: `amqp://${DEV_DB}:${DEV_DB}@rabbitmq:5672` },
      };
    case 'nats':
      return {
        definition: {
          image: COMPOSE_IMAGES.nats,
          command: ['--jetstream', '--http_port', '8222'],
          ports: [port(4222)],
          healthcheck: healthcheck(['CMD', 'wget', '-q', '-O', '-', 'http://127.0.0.1:8222/healthz']),
        },
        env: { NATS_URL: 'nats://nats:4222' },
      };
  }
}

/** A development value for a secret the service needs (never for production: the compose file says so). */
function devSecret(name: string): string {
  return `dev-only-${name.toLowerCase().replace(/_/g, '-')}-change-me-0123456789abcdef`;
}

/** docker-compose.yml: the app (built from this folder) and its backing services. */
export function composeFile(model: ServiceModel, p: DeployPlan, specPath: string): string {
  const services: Record<string, unknown> = {};
  const volumes: Record<string, Record<string, never>> = {};
  const appEnv: Record<string, string> = { NODE_ENV: 'production', PORT: String(p.port), LOG_LEVEL: 'info' };
  const dependsOn: Record<string, { condition: string }> = {};

  for (const name of model.deploy.compose) {
    const b = backingService(name, model.backend.database);
    services[name] = b.definition;
    Object.assign(appEnv, b.env);
    dependsOn[name] = { condition: 'service_healthy' };
    if (b.volume) volumes[b.volume] = {};
  }
  // Variables from the spec come from the shell or an `.env` file next to this one;
  // HMAC and OAuth settings get a placeholder, URLs and asymmetric keys must be given.
  for (const v of p.specEnv) {
    appEnv[v.name] = v.devDefault ? `\${${v.name}:-${devSecret(v.name)}}` : `\${${v.name}:?set ${v.name} (see .env.example)}`;
  }

  const app: Record<string, unknown> = {
    build: { context: '.' },
    image: `${p.app}:${imageTag(model.backend.version)}`,
    ports: [port(p.port)],
    environment: appEnv,
    ...(Object.keys(dependsOn).length > 0 ? { depends_on: dependsOn } : {}),
    restart: 'unless-stopped',
  };
  const doc: Record<string, unknown> = { name: composeLiteral(p.app), services: { [p.app]: app, ...services } };
  if (Object.keys(volumes).length > 0) doc['volumes'] = volumes;
  return [
    generatedHeader('yaml', specPath).trimEnd(),
    '# For local development: the passwords below are not secrets. Start with `docker compose up --build`.',
    stringify(doc, { lineWidth: 0 }),
  ].join('\n');
}

// ---- Kubernetes ---------------------------------------------------------------

function yamlFile(specPath: string, docs: readonly object[], comment?: string): string {
  const head = generatedHeader('yaml', specPath).trimEnd() + (comment ? `\n${comment.split('\n').map((l) => `# ${l}`).join('\n')}` : '');
  return `${head}\n${docs.map((d) => stringify(d, { lineWidth: 0 })).join('---\n')}`;
}

function labels(p: DeployPlan): Record<string, string> {
  return { 'app.kubernetes.io/name': p.app };
}

/** The name of the Secret holding DATABASE_URL and the spec's secrets and URLs. */
function secretName(p: DeployPlan): string {
  return `${p.app}-env`.slice(0, 63).replace(/-+$/, '');
}

export function deployment(model: ServiceModel, p: DeployPlan): Record<string, unknown> {
  const k8s = model.deploy.kubernetes!;
  const secret = secretName(p);
  const fromSecret = (name: string, optional: boolean): Record<string, unknown> => ({
    name,
    valueFrom: { secretKeyRef: { name: secret, key: name, ...(optional ? { optional: true } : {}) } },
  });
  const env: Record<string, unknown>[] = [
    { name: 'NODE_ENV', value: 'production' },
    { name: 'PORT', value: String(p.port) },
    { name: 'HOST', value: '0.0.0.0' },
    fromSecret('DATABASE_URL', false),
    ...p.specEnv.map((v) => fromSecret(v.name, false)),
    ...(model.deploy.compose.includes('redis') ? [fromSecret('REDIS_URL', true)] : []),
  ];
  if (model.deploy.observability.tracing === 'otel') env.push(fromSecret('OTEL_EXPORTER_OTLP_ENDPOINT', true));
  const probe = (path: string, failureThreshold: number): Record<string, unknown> => ({
    httpGet: { path, port: 'http' },
    periodSeconds: 10,
    timeoutSeconds: 3,
    failureThreshold,
  });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: p.app, namespace: p.namespace, labels: labels(p) },
    spec: {
      replicas: k8s.replicas,
      selector: { matchLabels: labels(p) },
      template: {
        metadata: { labels: labels(p) },
        spec: {
          securityContext: { runAsNonRoot: true, runAsUser: p.uid, runAsGroup: p.uid, fsGroup: p.uid, seccompProfile: { type: 'RuntimeDefault' } },
          terminationGracePeriodSeconds: 30,
          containers: [
            {
              name: p.app,
              image: `${p.app}:${imageTag(model.backend.version)}`,
              imagePullPolicy: 'IfNotPresent',
              ports: [{ name: 'http', containerPort: p.port, protocol: 'TCP' }],
              env,
              startupProbe: probe('/health', 30),
              livenessProbe: probe('/health', 3),
              readinessProbe: probe('/ready', 3),
              resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                runAsNonRoot: true,
                capabilities: { drop: ['ALL'] },
              },
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  };
}

export function service(p: DeployPlan): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: p.app, namespace: p.namespace, labels: labels(p) },
    spec: { type: 'ClusterIP', selector: labels(p), ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] },
  };
}

export function hpa(model: ServiceModel, p: DeployPlan): Record<string, unknown> | undefined {
  const auto = model.deploy.kubernetes?.autoscale;
  if (!auto) return undefined;
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: p.app, namespace: p.namespace, labels: labels(p) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: p.app },
      minReplicas: auto.min,
      maxReplicas: auto.max,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: auto.cpu } } }],
    },
  };
}

function secretComment(p: DeployPlan): string {
  const keys = ['DATABASE_URL', ...p.specEnv.map((v) => v.name)];
  return [
    `The service reads its configuration from the Secret "${secretName(p)}". Create it first, e.g.:`,
    `  kubectl -n ${p.namespace ?? 'default'} create secret generic ${secretName(p)} \\`,
    ...keys.map((k, i) => `    --from-literal=${k}=...${i === keys.length - 1 ? '' : ' \\'}`),
  ].join('\n');
}

// ---- entry --------------------------------------------------------------------

/**
 * Every deploy file of the `ts-fastify` target, paths relative to its output
 * folder. Reports a warning for a base image that is not pinned or not an
 * image reference, a root or invalid user, and Kubernetes names that are not
 * DNS labels (each replaced by a usable value, never silently).
 */
export function deployFiles(model: ServiceModel, ctx: DeployContext): OutputFile[] {
  const p = plan(model, ctx.report);
  const files: OutputFile[] = [
    { path: 'Dockerfile', content: dockerfile(p, ctx.specPath), kind: 'generated' },
    { path: '.dockerignore', content: dockerignore(ctx.specPath), kind: 'generated' },
    { path: 'docker-compose.yml', content: composeFile(model, p, ctx.specPath), kind: 'generated' },
  ];
  if (model.deploy.kubernetes) {
    files.push(
      { path: 'k8s/deployment.yaml', content: yamlFile(ctx.specPath, [deployment(model, p)], secretComment(p)), kind: 'generated' },
      { path: 'k8s/service.yaml', content: yamlFile(ctx.specPath, [service(p)]), kind: 'generated' },
    );
    const autoscaler = hpa(model, p);
    if (autoscaler) files.push({ path: 'k8s/hpa.yaml', content: yamlFile(ctx.specPath, [autoscaler]), kind: 'generated' });
  }
  return files;
}
