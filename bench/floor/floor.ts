// The floor of the size benchmark: the least a Lit widget costs, built like the real ones.
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';

export class ConfabFloor extends LitElement {
  static override styles = css`:host { display: block; }`;

  /** Whom to greet. */
  @property() name = 'world';

  protected override render() {
    return html`<p>Hello, ${this.name}!</p>`;
  }
}

customElements.define('confab-floor', ConfabFloor);
