// The grid's scroll box as state: where it is scrolled, how tall it is and how tall the sticky
// header is, kept current on scroll and resize; from that, which rules to render, and a way to
// scroll a rule into view before focusing one of its cells.
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { scrollTopToReveal, visibleRange, type RowRange, type Viewport } from './virtual-rows';

export interface VirtualRows {
  range: RowRange;
  scrollerRef: RefObject<HTMLDivElement | null>;
  headerRef: RefObject<HTMLTableSectionElement | null>;
  onScroll: () => void;
  /** Scrolls so that rule `ruleIndex` is visible below the header; true when it already was. */
  revealRule: (ruleIndex: number) => boolean;
}

function measure(scroller: HTMLElement | null, header: HTMLElement | null): Viewport {
  return { scrollTop: scroller?.scrollTop ?? 0, height: scroller?.clientHeight ?? 0, headerHeight: header?.offsetHeight ?? 0 };
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return a.scrollTop === b.scrollTop && a.height === b.height && a.headerHeight === b.headerHeight;
}

export function useVirtualRows(ruleCount: number): VirtualRows {
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const headerRef = useRef<HTMLTableSectionElement | null>(null);
  const [viewport, setViewport] = useState<Viewport>({ scrollTop: 0, height: 0, headerHeight: 0 });

  const update = useCallback(() => {
    const next = measure(scrollerRef.current, headerRef.current);
    setViewport((current) => (sameViewport(current, next) ? current : next));
  }, []);

  useLayoutEffect(() => {
    update();
    const observer = new ResizeObserver(update);
    if (scrollerRef.current) observer.observe(scrollerRef.current);
    if (headerRef.current) observer.observe(headerRef.current);
    return () => { observer.disconnect(); };
  }, [update]);

  const revealRule = useCallback((ruleIndex: number) => {
    const scroller = scrollerRef.current;
    if (!scroller) return true;
    const current = measure(scroller, headerRef.current);
    const top = scrollTopToReveal(current, ruleIndex);
    if (Math.abs(top - current.scrollTop) < 1) return true;
    scroller.scrollTop = top;
    if (Math.abs(scroller.scrollTop - current.scrollTop) < 1) return true; // cannot scroll further
    update();
    return false;
  }, [update]);

  return { range: visibleRange(viewport, ruleCount), scrollerRef, headerRef, onScroll: update, revealRule };
}
