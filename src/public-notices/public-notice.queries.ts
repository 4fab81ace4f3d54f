import { In, type EntityManager } from 'typeorm';
import { PublicNotice, PublicNoticeComment, PublicNoticeItem } from './public-notice.entity.js';

/** The last day of every notice each nomination was posted in: what the council's gate reads. */
export async function noticeEndsOf(
  manager: EntityManager,
  nominationIds: readonly number[],
): Promise<Map<number, string[]>> {
  const ends = new Map<number, string[]>(nominationIds.map((id) => [id, []]));
  if (nominationIds.length === 0) return ends;
  const items = await manager.find(PublicNoticeItem, { where: { nominationId: In([...nominationIds]) } });
  const notices = items.length
    ? await manager.findBy(PublicNotice, { id: In([...new Set(items.map((item) => item.noticeId))]) })
    : [];
  for (const item of items) {
    const notice = notices.find((candidate) => candidate.id === item.noticeId);
    if (notice) ends.get(item.nominationId)!.push(notice.endsOn);
  }
  return ends;
}

/** The public's comments on these nominations, oldest first, with the board's answers: what the minutes list. */
export function commentsOn(manager: EntityManager, nominationIds: readonly number[]): Promise<PublicNoticeComment[]> {
  return nominationIds.length === 0
    ? Promise.resolve([])
    : manager.find(PublicNoticeComment, { where: { nominationId: In([...nominationIds]) }, order: { id: 'ASC' } });
}
