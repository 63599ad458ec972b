/**
 * Rules for each resolved relation (pairing, one-to-one ownership, setNull
 * and `through` are checked while relations are built, see
 * `check/relations.ts`): implicit join tables need single-field keys, and
 * many-to-many on MongoDB is emulated.
 */
import { at, keySpan, reportAt, type CheckContext } from '../context.js';
import { targetName, type RelationInfo } from '../symbols.js';

export type RelationRule = (relation: RelationInfo, ctx: CheckContext) => void;

export const implicitJoinNeedsSingleKeys: RelationRule = (r, ctx) => {
  if (r.kind !== 'manyToMany' || r.through) return;
  const target = targetName(r.owner);
  for (const name of [r.owner.entity, target]) {
    const cols = ctx.entities.get(name)?.key?.columns.length ?? 1;
    if (cols === 1) continue;
    reportAt(ctx, 'invalid-through', {
      text: `The implicit join table of \`${r.owner.entity}.${r.owner.name}\` needs single-field keys, but \`${name}\` has a composite key; declare a join entity with \`relation.through\`.`,
    }, at(keySpan(ctx, r.owner.pointer)));
    return;
  }
};

export const manyToManyOnMongo: RelationRule = (r, ctx) => {
  if (r.kind !== 'manyToMany' || ctx.doc.backend?.database !== 'mongodb') return;
  reportAt(ctx, 'database-unsupported-feature', { feature: `The many-to-many relation \`${r.owner.entity}.${r.owner.name}\``, database: 'mongodb' }, at(keySpan(ctx, r.owner.pointer)));
};

/** Run in order for each relation. */
export const relationRules: readonly RelationRule[] = [implicitJoinNeedsSingleKeys, manyToManyOnMongo];
