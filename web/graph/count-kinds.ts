import type { SaidAboutCell } from '../../contract/said-about.ts';

/**
 * The cells the who-said-what graph draws: with reported statements, as counted; without, each
 * counting only its quotes in quotation marks, and those with none left out.
 */
export function toShownCells(cells: readonly SaidAboutCell[], includeReported: boolean): SaidAboutCell[] {
  if (includeReported) return [...cells];
  return cells.filter((cell) => cell.direct > 0).map((cell) => ({ ...cell, count: cell.direct, indirect: 0 }));
}
