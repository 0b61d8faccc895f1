/**
 * jsdom has no ResizeObserver, which Fluent's MessageBar (to choose its layout) and the preview grid's
 * virtualiser (to follow its size) use: a stand-in that observes nothing.
 */
export function installResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
