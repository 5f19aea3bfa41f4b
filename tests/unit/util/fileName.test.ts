import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../shared/util/fileName';

describe('safeFileName', () => {
  it('keeps an ordinary name, brackets and all', () => {
    expect(safeFileName('Carers integration pilot (sample)', 'qdpx')).toBe('Carers integration pilot (sample).qdpx');
  });
  it('replaces characters file systems refuse and hidden-file dots', () => {
    expect(safeFileName('..FG 1/2: "draft"?\u0007', 'qdpx')).toBe('FG 1 2 draft.qdpx');
  });
  it('falls back to "Project" and limits the length', () => {
    expect(safeFileName(' / ', 'qdpx')).toBe('Project.qdpx');
    expect(safeFileName('x'.repeat(300), 'qdpx')).toHaveLength(105);
  });
});
