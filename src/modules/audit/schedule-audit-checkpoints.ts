import type { AppContext } from "../../server/context.ts";
import { readCheckpoints } from "./checkpoint-file.ts";
import { recordAuditCheckpoint } from "./record-audit-checkpoint.ts";
import { readHead } from "./repository.ts";

/**
 * Signs a checkpoint only when the chain's head moved since the last one in the file: an idle platform
 * does not grow the file with the same statement every interval.
 */
export async function recordAuditCheckpointIfMoved(ctx: AppContext) {
  const [head, checkpoints] = await Promise.all([
    readHead(ctx.db),
    readCheckpoints(ctx.config.auditCheckpointFile),
  ]);
  const last = checkpoints.at(-1);
  if (last && last.seq === head.seq && last.hash === head.hash) return null;
  return recordAuditCheckpoint(ctx);
}

/** The timer functions the schedule uses (replaced in tests). */
export interface IntervalTimers {
  setInterval(run: () => void, ms: number): { unref?(): void };
  clearInterval(timer: unknown): void;
}

/**
 * Records a checkpoint every `CQPI_AUDIT_CHECKPOINT_MINUTES` (when the head moved) until the returned
 * function is called; 0 leaves checkpoints to `cqpi audit checkpoint`. Several instances may each record
 * one: checkpoints are statements of a head, and more of them only check more.
 */
export function scheduleAuditCheckpoints(
  ctx: AppContext,
  onError: (error: unknown) => void,
  timers: IntervalTimers = globalThis,
) {
  const minutes = ctx.config.auditCheckpointMinutes;
  if (!(minutes > 0)) return () => undefined;
  const timer = timers.setInterval(() => {
    recordAuditCheckpointIfMoved(ctx).catch(onError);
  }, minutes * 60_000);
  timer.unref?.();
  return () => timers.clearInterval(timer);
}
