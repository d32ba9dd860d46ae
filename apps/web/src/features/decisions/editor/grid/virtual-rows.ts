// Which rules the grid renders: only those in (or near) the visible part of its scroll box, so
// that a table of thousands of rules types and scrolls as fast as a small one. Rows have a fixed
// height; the header above them is sticky and as tall as it measures.
export const ROW_HEIGHT_PX = 36;
export const OVERSCAN_ROWS = 8;

export interface Viewport {
  scrollTop: number;
  /** Visible height of the scroll box. */
  height: number;
  /** Height of the sticky header row. */
  headerHeight: number;
}

export interface RowRange {
  /** First rendered rule index. */
  start: number;
  /** One past the last rendered rule index. */
  end: number;
}

/** The rules to render for a viewport (with a margin of OVERSCAN_ROWS on each side). */
export function visibleRange(viewport: Viewport, ruleCount: number): RowRange {
  const top = Math.max(0, viewport.scrollTop);
  const first = Math.floor(top / ROW_HEIGHT_PX);
  const visible = Math.ceil(Math.max(viewport.height, ROW_HEIGHT_PX) / ROW_HEIGHT_PX) + 1;
  return {
    start: Math.max(0, Math.min(first - OVERSCAN_ROWS, ruleCount)),
    end: Math.min(ruleCount, first + visible + OVERSCAN_ROWS),
  };
}

/**
 * The scroll position that shows rule `ruleIndex` fully below the sticky header, moving as little
 * as possible; the current position when the rule is already visible.
 */
export function scrollTopToReveal(viewport: Viewport, ruleIndex: number): number {
  const rowTop = viewport.headerHeight + ruleIndex * ROW_HEIGHT_PX;
  const rowBottom = rowTop + ROW_HEIGHT_PX;
  if (rowTop - viewport.headerHeight < viewport.scrollTop) return Math.max(0, rowTop - viewport.headerHeight);
  if (rowBottom > viewport.scrollTop + viewport.height) return rowBottom - viewport.height;
  return viewport.scrollTop;
}
