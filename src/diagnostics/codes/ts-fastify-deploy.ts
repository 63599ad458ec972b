/**
 * Diagnostics of the `ts-fastify` target's deploy files and service clients
 * (`src/emit/ts-fastify/deploy.ts`, `clients.ts`): a base image that is not
 * pinned or not an image reference, a container user that is root or not a
 * user name, Kubernetes names that are not DNS labels, and retries the
 * generated clients do not make because repeating the request is unsafe.
 * Codes are stable kebab-case; never rename or reuse one.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

export const tsFastifyDeployDiagnostics = defineDiagnostics({
  'ts-fastify-image-unpinned': {
    severity: 'warning',
    summary: 'The Docker base image has no tag or the tag `latest`, so a rebuild may silently use another Node.js version.',
    example: 'deploy {\n  docker {\n    base "node:latest"\n  }\n}',
    fix: 'Name a fixed tag such as `node:20.19.2-bookworm-slim`, or add a digest (`node:20-bookworm-slim@sha256:…`).',
    message: (p: { image: string }) =>
      `The base image \`${p.image}\` is not pinned: \`latest\` or no tag means each build may pick a different image. Name a version tag (and ideally a digest).`,
  } satisfies DiagnosticDef<{ image: string }>,
  'ts-fastify-image-invalid': {
    severity: 'warning',
    summary: 'The Docker base image is not a valid image reference; the Dockerfile uses the default image instead.',
    example: 'deploy {\n  docker {\n    base "node 20"\n  }\n}',
    fix: 'Write an image reference: `[registry/]name[:tag][@sha256:digest]`, e.g. `node:20-bookworm-slim`.',
    message: (p: { image: string; fallback: string }) =>
      `\`${p.image}\` is not a Docker image reference (\`[registry/]name[:tag][@digest]\`); the Dockerfile uses \`${p.fallback}\` instead.`,
  } satisfies DiagnosticDef<{ image: string; fallback: string }>,
  'ts-fastify-user-root': {
    severity: 'warning',
    summary: 'The container runs as root; a compromised service then controls the whole container, and Kubernetes (`runAsNonRoot`) refuses to start it.',
    example: 'deploy {\n  docker {\n    user "root"\n  }\n}',
    fix: 'Use an unprivileged user, e.g. `node` (it exists in the official Node.js images).',
    message: (p: { user: string }) =>
      `The container user \`${p.user}\` is root: run the service as an unprivileged user such as \`node\`; the Kubernetes manifests require a non-root user and will not start it.`,
  } satisfies DiagnosticDef<{ user: string }>,
  'ts-fastify-user-invalid': {
    severity: 'warning',
    summary: 'The container user is neither a user name nor a numeric id; the Dockerfile uses `node` instead.',
    example: 'deploy {\n  docker {\n    user "my user"\n  }\n}',
    fix: 'Write a Linux user name (lowercase letters, digits, `_`, `-`) or a numeric uid.',
    message: (p: { user: string; fallback: string }) =>
      `\`${p.user}\` is not a Linux user name or uid; the Dockerfile runs the service as \`${p.fallback}\` instead.`,
  } satisfies DiagnosticDef<{ user: string; fallback: string }>,
  'ts-fastify-k8s-name-invalid': {
    severity: 'warning',
    summary: 'A Kubernetes name from the spec (namespace, or the app name from the backend name) is not a DNS label; the manifests use a cleaned-up name.',
    example: 'deploy {\n  kubernetes {\n    namespace "My Team"\n  }\n}',
    fix: 'Use lowercase letters, digits and `-`, starting and ending with a letter or digit, at most 63 characters.',
    message: (p: { what: string; name: string; used: string }) =>
      `The ${p.what} \`${p.name}\` is not a valid Kubernetes name (a DNS label: lowercase letters, digits and \`-\`, at most 63 characters); the manifests use \`${p.used}\`.`,
  } satisfies DiagnosticDef<{ what: string; name: string; used: string }>,
  'ts-fastify-retry-skipped': {
    severity: 'warning',
    summary: 'A service sets `retry`, but the generated client never retries POST or PATCH operations: repeating them may act twice.',
    example: 'service ledger {\n  url env(LEDGER_URL)\n  retry {\n    count 3\n  }\n  operation post {\n    method POST\n  }\n}',
    fix: 'Make an operation that is safe to repeat a PUT (for example with the idempotency key in its path); POST and PATCH are attempted once.',
    message: (p: { service: string; operations: string }) =>
      `The service \`${p.service}\` sets \`retry\`, but its POST/PATCH operations ${p.operations} are attempted once: repeating them may act twice. Timeouts, the circuit breaker and the fallback still apply.`,
  } satisfies DiagnosticDef<{ service: string; operations: string }>,
});

export const diag = createDiagnosticFactory(tsFastifyDeployDiagnostics);
