import { ValidationError } from '../../model/errors.ts';
import type { SplitRequest } from '../../model/corrections.ts';
import type { RunRead } from '../graph-reads.ts';
import { readEntity, unionNames } from './read-entity.ts';
import { toSplitId } from './split-entity.ts';
import { foldName } from './split-evidence.ts';

/**
 * Checks a split before it is recorded and returns the new entity's id: each alias must be a name of
 * the entity, one name must stay with it, and the new id must differ from its own. Throws a
 * ValidationError naming the field. The entity is known to exist (checked with the other ids).
 */
export async function checkSplit(run: RunRead, request: SplitRequest): Promise<string> {
  const entity = await readEntity(run, request.entity);
  if (!entity) throw new ValidationError(`entity: no entity has the id "${request.entity}".`);
  const names = unionNames([entity.name], entity.aliases ?? []);
  const known = new Set(names.map(foldName));
  request.aliases.forEach((alias, index) => {
    if (!known.has(foldName(alias))) {
      throw new ValidationError(`aliases.${index}: "${alias}" is not a name of "${request.entity}". Its names: ${names.map((name) => `"${name}"`).join(', ')}.`);
    }
  });
  const moving = new Set(request.aliases.map(foldName));
  if (names.every((name) => moving.has(foldName(name)))) {
    throw new ValidationError(`aliases: every name of "${request.entity}" would be split off; leave at least one, or rename or retype it instead.`);
  }
  const newId = toSplitId(request, entity.label);
  if (newId === entity.id) {
    throw new ValidationError(`name: the new entity would have the id "${newId}" of the entity split; give it another name or type.`);
  }
  return newId;
}
