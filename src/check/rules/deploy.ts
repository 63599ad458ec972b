/**
 * Rules for deployment: replicas at least 1, autoscale max at least min, the
 * CPU target a percentage, a valid container port.
 */
import type { DeployDoc } from '../../syntax/document.js';
import { at, isNumber, reportAt, valueSpan, type CheckContext } from '../context.js';

export type DeployRule = (deploy: DeployDoc, ctx: CheckContext) => void;

function range(ctx: CheckContext, pointer: string, what: string, value: unknown, min: number, max: number): void {
  if (!isNumber(value) || (value >= min && value <= max && Number.isInteger(value))) return;
  const text = max === Infinity ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`;
  reportAt(ctx, 'value-out-of-range', { what, range: text, value }, at(valueSpan(ctx, pointer)));
}

export const kubernetesNumbersAreSane: DeployRule = (d, ctx) => {
  const k = d.kubernetes;
  if (!k) return;
  range(ctx, '/deploy/kubernetes/replicas', '`replicas`', k.replicas, 1, Infinity);
  const a = k.autoscale;
  if (!a) return;
  range(ctx, '/deploy/kubernetes/autoscale/min', 'The autoscale `min`', a.min, 1, Infinity);
  range(ctx, '/deploy/kubernetes/autoscale/max', 'The autoscale `max`', a.max, 1, Infinity);
  range(ctx, '/deploy/kubernetes/autoscale/cpu', 'The autoscale `cpu` target', a.cpu, 1, 100);
  const min = isNumber(a.min) ? a.min : isNumber(k.replicas) ? k.replicas : 2;
  if (isNumber(a.max) && a.max < min) {
    reportAt(ctx, 'invalid-range', { low: a.min !== undefined ? 'min' : 'replicas', high: 'max', where: 'the kubernetes autoscale settings' }, at(valueSpan(ctx, '/deploy/kubernetes/autoscale/max')));
  }
};

export const dockerPortIsValid: DeployRule = (d, ctx) => {
  range(ctx, '/deploy/docker/port', 'The docker `port`', d.docker?.port, 1, 65535);
};

export const deployRules: readonly DeployRule[] = [kubernetesNumbersAreSane, dockerPortIsValid];
