import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Adapter, AreaName } from '@confab/core';
import { ConfabElement } from '../src/internal/confab-element.js';

/** A minimal widget for tests of the shared base: it shows whether an adapter reached it. */
export class ConfabTestProbe extends ConfabElement {
  /** A label, to test emit. */
  @property() label = '';

  /** The adapter this widget found. */
  get current(): Adapter | undefined {
    return this.adapter;
  }

  /** The adapter when it offers every area the probe needs. */
  get usable(): Adapter | undefined {
    return this.backend;
  }

  /** Emits `confab-error` like a widget would emit its events. */
  emitError(): boolean {
    return this.emit('confab-error', { error: null, message: this.label }, { cancelable: true });
  }

  protected override render() {
    return this.backend ? html`<p>connected</p>` : this.renderUnavailable();
  }
}

/** A probe that needs the `ideas` and `votes` areas, like an idea card. */
export class ConfabAreaProbe extends ConfabTestProbe {
  static override areas: readonly AreaName[] = ['ideas', 'votes'];
}
