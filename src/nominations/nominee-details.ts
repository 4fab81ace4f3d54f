import { In, type EntityManager } from 'typeorm';
import { Person } from '../people/person.entity.js';
import { Unit } from '../units/unit.entity.js';
import type { Nomination } from './nomination.entity.js';

/** A nominee as a document's list prints them: name, position, unit. */
export interface NomineeDetails {
  name: string;
  position: string;
  unit: string;
  kind: Nomination['nomineeKind'];
}

/**
 * The nominees of some nominations, as the decision's annex, the certificates and the Tờ trình's list name them: a
 * person with their position and unit, a collective by its name, a household by its head, address and commune.
 */
export async function nomineeDetails(
  manager: EntityManager,
  nominations: readonly Nomination[],
): Promise<Map<number, NomineeDetails>> {
  const personIds = nominations.map((n) => n.personId).filter((id): id is number => id !== null);
  const people = personIds.length
    ? await manager.getRepository(Person).find({ where: { id: In(personIds) }, relations: { unit: true } })
    : [];
  const unitIds = nominations
    .map((n) => n.nomineeUnitId ?? n.householdCommuneUnitId)
    .filter((id): id is number => id !== null);
  const units = unitIds.length ? await manager.getRepository(Unit).findBy({ id: In(unitIds) }) : [];
  const result = new Map<number, NomineeDetails>();
  for (const nomination of nominations) {
    if (nomination.personId) {
      const person = people.find((p) => p.id === nomination.personId);
      result.set(nomination.id, {
        name: person?.fullName ?? '',
        position: person?.position ?? '',
        unit: person?.unit?.name ?? '',
        kind: 'individual',
      });
    } else if (nomination.nomineeUnitId) {
      result.set(nomination.id, {
        name: units.find((u) => u.id === nomination.nomineeUnitId)?.name ?? '',
        position: '',
        unit: '',
        kind: 'collective',
      });
    } else {
      const commune = units.find((u) => u.id === nomination.householdCommuneUnitId)?.name ?? '';
      result.set(nomination.id, {
        name: `Hộ ông (bà) ${nomination.householdHeadName ?? ''}`,
        position: nomination.householdAddress ?? '',
        unit: commune,
        kind: 'household',
      });
    }
  }
  return result;
}
