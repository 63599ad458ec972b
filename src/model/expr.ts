/**
 * Resolved expression trees of the IR: conditions (checks, partial indexes,
 * query filters, policies) and access rules. Plain JSON data without spans;
 * every name in them has been resolved by the checker (a `field` path names
 * real fields, an `enumValue` names a real value, roles and policies exist).
 */
import type { TypeRef } from './types.js';

export type CompareOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';
export type ArithmeticOperator = '+' | '-' | '*' | '/';

/** A value or condition. */
export type Expr =
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'not'; readonly operand: Expr }
  | { readonly kind: 'compare'; readonly op: CompareOperator; readonly left: Expr; readonly right: Expr }
  /** `value in (a, b)`, `value in $param`; `negated` for `not in`. */
  | { readonly kind: 'in'; readonly negated: boolean; readonly value: Expr; readonly list: Expr }
  | { readonly kind: 'arithmetic'; readonly op: ArithmeticOperator; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'negate'; readonly operand: Expr }
  /**
   * A field of the record in scope, possibly through single relations
   * (`customer.name`). A relation field used as a value (`customer = $id`)
   * stands for its foreign key; `columns` then lists the FK fields.
   */
  | { readonly kind: 'field'; readonly path: readonly string[]; readonly columns?: readonly string[] }
  /** An attribute of the signed-in user (access rules and policies: `user.department`). */
  | { readonly kind: 'user'; readonly path: readonly string[] }
  | { readonly kind: 'param'; readonly name: string }
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
  /** A duration literal such as `7d`, in milliseconds. */
  | { readonly kind: 'duration'; readonly ms: number }
  | { readonly kind: 'enumValue'; readonly enum: string; readonly value: string }
  | { readonly kind: 'list'; readonly items: readonly Expr[] }
  /** `now()`: the current timestamp. */
  | { readonly kind: 'now' };

/** A condition together with its canonical source text (for comments and simple emitters). */
export interface Condition {
  readonly source: string;
  readonly expr: Expr;
}

/** A `$name` parameter of a query, typed from the field it is compared with. */
export interface QueryParam {
  readonly name: string;
  /** `list` is true when compared with `in`. */
  readonly type: TypeRef;
}

/**
 * Who may perform an operation. `and`/`or` are flattened (n-ary).
 * `owner` compares the record's `columns` with the signed-in user's primary key.
 */
export type AccessRule =
  | { readonly kind: 'public' }
  | { readonly kind: 'authenticated' }
  /** Any of the roles (a role also grants what the roles it inherits grant). */
  | { readonly kind: 'role'; readonly roles: readonly string[] }
  | { readonly kind: 'permission'; readonly permission: string }
  | { readonly kind: 'owner'; readonly field: string; readonly columns: readonly string[] }
  /** A named policy; `condition` is it resolved against this rule's record (enum values, FK columns known). */
  | { readonly kind: 'policy'; readonly policy: string; readonly condition: Condition }
  | { readonly kind: 'and' | 'or'; readonly rules: readonly AccessRule[] }
  | { readonly kind: 'not'; readonly rule: AccessRule }
  | { readonly kind: 'condition'; readonly condition: Condition };
