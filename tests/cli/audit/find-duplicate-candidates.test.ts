import { describe, expect, it } from 'vitest';
import { findDuplicateCandidates, type AuditedEntity } from '../../../cli/audit/find-duplicate-candidates.ts';
import type { EntityType } from '../../../model/graph-model.ts';

const entity = (type: EntityType, name: string): AuditedEntity => ({ id: `${type.toLowerCase()}:${name}`, type, name, aliases: [], mentions: 1 });
const reasons = (...entities: AuditedEntity[]) => findDuplicateCandidates(entities).map((c) => [c.reason, ...c.entities.map((e) => e.name)]);

describe('findDuplicateCandidates', () => {
  it.each([
    ['a surname beside the full name', [entity('Person', 'Jonah Corvin'), entity('Person', 'Corvin')], [['surname alone', 'Jonah Corvin', 'Corvin']]],
    ['a surname typed as a place beside the full name', [entity('Person', 'Jonah Corvin'), entity('Place', 'Corvin')], [['surname alone', 'Jonah Corvin', 'Corvin']]],
    ['one name under two types', [entity('Organization', 'Tidewall'), entity('Place', 'Tidewall')], [['same name, other type', 'Tidewall', 'Tidewall']]],
    ['dotted initials beside the full name', [entity('Agency', 'F.W.S.A.'), entity('Agency', 'Federal Water Safety Agency')], [['initials', 'F.W.S.A.', 'Federal Water Safety Agency']]],
    ['initials beside the full name', [entity('Agency', 'Federal Bureau of Floods'), entity('Agency', 'FBF')], [['initials', 'Federal Bureau of Floods', 'FBF']]],
    ['a title kept in a name', [entity('Person', 'Senator Ada Marsh')], [['title in name', 'Senator Ada Marsh']]],
    ['a dateline glued to a name', [entity('Person', 'N.C.—Ada Marsh')], [['dateline in name', 'N.C.—Ada Marsh']]],
  ])('finds %s', (_case, entities, expected) => {
    expect(reasons(...entities)).toEqual(expected);
  });

  it.each([
    ['two people who share a surname', [entity('Person', 'Ada Marsh'), entity('Person', 'Ben Marsh')]],
    ['a surname that is not the last word', [entity('Person', 'Marsh Ada'), entity('Person', 'Marsh')]],
    ['an acronym of other words', [entity('Agency', 'FBI'), entity('Agency', 'Federal Water Safety Agency')]],
  ])('finds nothing for %s', (_case, entities) => {
    expect(reasons(...entities)).toEqual([]);
  });
});
