import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Adapter } from '@confab/core';
import { ConfabElement } from './confab-element.js';

/** A minimal widget for tests of the shared base: it shows whether an adapter reached it. */
export class ConfabTestProbe extends ConfabElement {
  /** A label, to test emit. */
  @property() label = '';

  /** The adapter this widget found. */
  get current(): Adapter | undefined {
    return this.adapter;
  }

  /** Emits `confab-error` like a widget would emit its events. */
  announce(): boolean {
    return this.emit('confab-error', { error: null, message: this.label }, { cancelable: true });
  }

  protected override render() {
    return this.adapter ? html`<p>connected</p>` : this.renderNoAdapter();
  }
}
