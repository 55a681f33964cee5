import { useLayoutEffect, type RefObject } from 'react';

/** Distance in pixels between the pointer and the tooltip, and from the tooltip to the edge. */
const OFFSET = 14;
const MARGIN = 8;

/**
 * Places a tooltip below right of the pointer (map container pixels), flipped and clamped so it
 * stays inside its offset parent. Runs after every render: the content may change its size.
 */
export function useTooltipPlacement(
  ref: RefObject<HTMLElement | null>,
  pointer: { x: number; y: number } | null,
): void {
  useLayoutEffect(() => {
    const tooltip = ref.current;
    const area = tooltip?.offsetParent;
    if (!tooltip || !area || !pointer) return;
    const place = (at: number, size: number, room: number) => {
      const after = at + OFFSET;
      const start = after + size <= room - MARGIN ? after : at - OFFSET - size;
      return `${Math.max(MARGIN, Math.min(start, room - MARGIN - size))}px`;
    };
    tooltip.style.left = place(pointer.x, tooltip.offsetWidth, area.clientWidth);
    tooltip.style.top = place(pointer.y, tooltip.offsetHeight, area.clientHeight);
  });
}
