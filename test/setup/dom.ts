// jsdom lacks ResizeObserver, which Fluent UI's MessageBar uses to reflow; a browser has it.
if (typeof window !== 'undefined' && typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
