import { type RefObject, useLayoutEffect, useState } from "react";

/** What the table needs: the width its author asked for, or the wider one it overflowed at. */
export function requiredTableWidth(minWidth: number, overflowedAt: number | null): number {
  return Math.max(minWidth, overflowedAt ?? 0);
}

/**
 * Whether a list is shown as cards: when its container is narrower than the table needs. Before the
 * container is measured (the first render), the table is drawn so that it can be measured.
 */
export function isCardLayout(containerWidth: number | null, requiredWidth: number): boolean {
  return containerWidth !== null && containerWidth < requiredWidth;
}

/** A table wider than its container by more than rounding: its columns would be clipped. */
export function isOverflowing(tableWidth: number, containerWidth: number): boolean {
  return tableWidth > containerWidth + 1;
}

interface TableFitOptions {
  container: RefObject<HTMLElement | null>;
  table: RefObject<HTMLElement | null>;
  minWidth: number;
}

/**
 * Follows the container's width (a ResizeObserver; measured before the first paint) and tells whether
 * the rows fit as a table. A table that, once drawn, is wider than its container (long names, many
 * columns) remembers that width and gives way to cards until the container is at least as wide.
 */
export function useCardLayout({ container, table, minWidth }: TableFitOptions): boolean {
  const [containerWidth, setContainerWidth] = useState<number | null>(null);
  const [overflowedAt, setOverflowedAt] = useState<number | null>(null);
  const isCards = isCardLayout(containerWidth, requiredTableWidth(minWidth, overflowedAt));

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    setContainerWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setContainerWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [container]);

  // After every render drawn as a table: new rows, or names in place of numbers, may widen it.
  useLayoutEffect(() => {
    const element = table.current;
    if (isCards || !element || containerWidth === null) return;
    if (isOverflowing(element.scrollWidth, containerWidth)) setOverflowedAt(element.scrollWidth);
  });

  return isCards;
}
