/**
 * Test helpers for targets: check a spec given as text (on an in-memory
 * host) and return its model, failing on any error.
 */
import { createMemoryHost } from '../../src/core/host.js';
import type { ServiceModel } from '../../src/model/model.js';
import { validateSpec } from '../../src/pipeline.js';

/** The model of a one-file spec; `path` decides the syntax (`.pab` or `.yaml`). */
export function modelOf(text: string, path = 'backend.pab'): ServiceModel {
  const result = validateSpec(createMemoryHost({ [path]: text }), path);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.model || errors.length > 0) {
    throw new Error(`spec has errors:\n${errors.map((d) => `${d.code}: ${d.message}`).join('\n')}`);
  }
  return result.model;
}

/** A small spec with an entity, a resource and auth. */
export const SMALL_SPEC = `/// A tiny shop.
backend Tiny {
  database postgres
}

enum Role {
  ADMIN
  USER
}

entity User {
  email email @unique
  password secret
  role Role @default(USER)
  orders Order[]
}

entity Order {
  customer User @relation(onDelete: cascade)
  total decimal(10, 2) @min(0)
}

resource orders {
  entity Order
  path "/orders"
  operations list, get
  access {
    list role(ADMIN) or owner(customer)
  }
}

auth {
  identity {
    entity User
    login email
    password password
    role role
  }
  jwt {
    secret env(JWT_SECRET)
  }
}
`;
