import type { EntityManager } from 'typeorm';
import { Proposal, ProposalNomination } from './proposal.entity.js';

/** A Tờ trình with its issuing unit and its list's nominations in order, or null. */
export async function loadProposal(
  manager: EntityManager,
  id: number,
): Promise<(Proposal & { nominationIds: number[] }) | null> {
  const proposal = await manager.findOne(Proposal, { where: { id }, relations: { issuingUnit: true } });
  if (!proposal) return null;
  const items = await manager.find(ProposalNomination, { where: { proposalId: id }, order: { ordinal: 'ASC' } });
  return Object.assign(proposal, { nominationIds: items.map((item) => item.nominationId) });
}
