import { useRef } from "react";

export const STAFF_TAPS = 5;
export const STAFF_TAP_WINDOW_MS = 3000;

/** Counts taps on the hidden corner; five within three seconds open the staff console. */
export function useStaffGesture(onOpen: (() => void) | undefined): (event: React.PointerEvent) => void {
  const taps = useRef<number[]>([]);
  return (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (!onOpen) return;
    const now = event.timeStamp || performance.now();
    taps.current = [...taps.current.filter((at) => now - at < STAFF_TAP_WINDOW_MS), now];
    if (taps.current.length >= STAFF_TAPS) {
      taps.current = [];
      onOpen();
    }
  };
}
