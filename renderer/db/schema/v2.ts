/** Schema version 2: memos indexed by kind (the Familiarise screen lists familiarisation notes). */
export const v2 = {
  memos: '[projectId+id], projectId, [projectId+kind]',
} as const;
