/** The label key of an approval step for the GI's kind: the last step is 核准公告 for product GIs, 备案 for mark GIs (shared/gi/flags.ts approvalChain). */
import { approvalChain } from '../../../../shared/gi/flags';
import type { GiKind, TimelineStep } from '../../../../shared/gi/vocabulary';

export function stepLabelKey(step: TimelineStep, kind: GiKind): string {
  return step === 'announced' && approvalChain(kind).final === 'filing' ? 'gi.step.filed' : `gi.step.${step}`;
}
