/**
 * Numbers distinct (project, category, outcome, reason) tuples from 0 in order of first appearance, through
 * nested Maps: no string id per group, and 1, '1' and null stay apart.
 */
export class KeySlots {
  private readonly root = new Map<unknown, Map<unknown, Map<unknown, Map<unknown, number>>>>();
  size = 0;

  /** The slot of a tuple: a new one (`size` before the call) the first time it is seen. */
  slot(project: unknown, category: unknown, outcome: unknown, reason: unknown): number {
    let byCategory = this.root.get(project);
    if (byCategory === undefined) this.root.set(project, (byCategory = new Map()));
    let byOutcome = byCategory.get(category);
    if (byOutcome === undefined) byCategory.set(category, (byOutcome = new Map()));
    let byReason = byOutcome.get(outcome);
    if (byReason === undefined) byOutcome.set(outcome, (byReason = new Map()));
    let slot = byReason.get(reason);
    if (slot === undefined) byReason.set(reason, (slot = this.size++));
    return slot;
  }
}
