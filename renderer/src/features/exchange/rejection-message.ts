import type { TFunction } from 'i18next';
import type { Rejection } from '../../../../shared/bundles/rejections';

/** One quarantined change in the supervisor's words: who tried what on whose record, or which value is wrong. */
export function rejectionMessage(t: TFunction, r: Rejection): string {
  const entity = (e: string | undefined) => (e ? t(`entities.${e}`, { defaultValue: e }) : '');
  return t(`exchange.rejection.${r.code}`, {
    sender: r.senderName || r.sender,
    owner: r.ownerName ?? r.owner ?? '',
    claimed: r.ownerName ?? r.claimed ?? '',
    entity: entity(r.entity),
    parent: entity(r.parentEntity),
    field: r.field ? t(`fields.${r.field}`, { defaultValue: r.field }) : '',
    problem: r.problem ? t(`exchange.valueProblem.${r.problem}`) : '',
  });
}
