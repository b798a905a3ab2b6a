/**
 * When the app may take over the page: never between a press and its release. A finger (or
 * mouse button, or the Space key) that goes down on the first script's markup must come up on
 * the same markup, or the browser sends no click and the tap is lost (issue 15: it happened in
 * 4 of 8 bench runs on the phone profile). So the takeover waits for the press to end and for
 * its click to be handled by the first script, then runs in a task of its own: the next press
 * lands on the app's markup.
 */

/** A released press whose click never comes (a drag, a press off any control) lets the takeover run after this long. */
const CLICK_GRACE_MS = 250;

export type PressWatch = {
  /** Runs `run` now when no press is under way, otherwise once the press is over and handled. */
  betweenPresses(run: () => void): void;
  stop(): void;
};

export function watchPresses(target: Window): PressWatch {
  const pointers = new Set<number>();
  let spaceDown = false;
  /** Released, and its click not yet come. */
  let awaitingClick = false;
  let waiting: (() => void)[] = [];
  let grace: ReturnType<typeof setTimeout> | undefined;
  const pressed = (): boolean => pointers.size > 0 || spaceDown || awaitingClick;

  /** In a task after the current event's dispatch (its change and submit included), run what waits. */
  const settle = (): void => {
    clearTimeout(grace);
    awaitingClick = false;
    setTimeout(() => {
      if (pressed() || waiting.length === 0) return;
      const runs = waiting;
      waiting = [];
      for (const run of runs) run();
    }, 0);
  };
  const onPointerDown = (event: PointerEvent): void => {
    pointers.add(event.pointerId);
    clearTimeout(grace);
  };
  const onPointerUp = (event: PointerEvent): void => {
    pointers.delete(event.pointerId);
    // The click follows the release (for a touch, as an event of its own): wait for it, not forever.
    if (pointers.size > 0) return;
    awaitingClick = true;
    clearTimeout(grace);
    grace = setTimeout(settle, CLICK_GRACE_MS);
  };
  const onPointerCancel = (event: PointerEvent): void => {
    pointers.delete(event.pointerId);
    settle();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === " ") spaceDown = true;
  };
  const onKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== " ") return;
    spaceDown = false;
    settle();
  };
  /** The window lost focus (another app, a dialog): no release will come. Focus moving between elements is not this. */
  const onBlur = (event: Event): void => {
    if (event.target instanceof Node) return;
    pointers.clear();
    spaceDown = false;
    settle();
  };
  const listeners = [
    ["pointerdown", onPointerDown],
    ["pointerup", onPointerUp],
    ["pointercancel", onPointerCancel],
    ["click", settle],
    ["keydown", onKeyDown],
    ["keyup", onKeyUp],
    ["blur", onBlur],
  ] as const;
  for (const [type, listener] of listeners) target.addEventListener(type, listener as EventListener, { capture: true, passive: true });

  return {
    betweenPresses(run) {
      if (!pressed()) return run();
      waiting.push(run);
    },
    stop() {
      clearTimeout(grace);
      for (const [type, listener] of listeners) target.removeEventListener(type, listener as EventListener, { capture: true });
    },
  };
}
