/** Detail of `confab-error`: a provider could not set up its adapter. */
export interface ConfabErrorDetail {
  error: unknown;
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'confab-error': CustomEvent<ConfabErrorDetail>;
  }
}
