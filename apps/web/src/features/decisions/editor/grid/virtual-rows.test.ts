import { describe, expect, it } from 'vitest';
import { OVERSCAN_ROWS, ROW_HEIGHT_PX, scrollTopToReveal, visibleRange } from './virtual-rows';

const viewport = { scrollTop: 0, height: 360, headerHeight: 100 };

describe('visibleRange', () => {
  it('renders the rules in view plus a margin, never past the table', () => {
    expect(visibleRange(viewport, 1000)).toEqual({ start: 0, end: 11 + OVERSCAN_ROWS });
    expect(visibleRange(viewport, 5)).toEqual({ start: 0, end: 5 });
  });

  it('follows the scroll position', () => {
    const range = visibleRange({ ...viewport, scrollTop: 100 * ROW_HEIGHT_PX }, 1000);

    expect(range).toEqual({ start: 100 - OVERSCAN_ROWS, end: 100 + 11 + OVERSCAN_ROWS });
  });

  it('renders something before the viewport is measured', () => {
    expect(visibleRange({ scrollTop: 0, height: 0, headerHeight: 0 }, 100).end).toBeGreaterThan(0);
  });

  it('copes with an empty table and a scroll position past the end', () => {
    expect(visibleRange(viewport, 0)).toEqual({ start: 0, end: 0 });
    const range = visibleRange({ ...viewport, scrollTop: 99_999 }, 10);
    expect(range.start).toBeLessThanOrEqual(range.end);
  });
});

describe('scrollTopToReveal', () => {
  it('keeps the position when the rule is in view', () => {
    expect(scrollTopToReveal(viewport, 3)).toBe(0);
  });

  it('scrolls down just enough to show a rule below the view', () => {
    const top = scrollTopToReveal(viewport, 20);

    expect(top).toBe(100 + 21 * ROW_HEIGHT_PX - 360);
  });

  it('scrolls up so that a rule is not hidden under the sticky header', () => {
    expect(scrollTopToReveal({ ...viewport, scrollTop: 50 * ROW_HEIGHT_PX }, 10)).toBe(10 * ROW_HEIGHT_PX);
  });
});
