import { expect } from '@open-wc/testing';
import { excerpt, loadMarkdown } from './markdown.js';
import { isSafeUrl } from './safe-url.js';

describe('Markdown rendering', () => {
  it('renders Markdown and keeps only safe markup', async () => {
    const { render } = await loadMarkdown();
    const out = render([
      '# Title', '**bold** [site](https://example.com) [bad](javascript:alert(1)) [vb](vbscript:x)',
      '![img](data:image/svg+xml;base64,PHN2Zz4=) <img src=x onerror="alert(1)"> <script>alert(1)</script>',
      '<a href="JaVaScRiPt:alert(1)">x</a> <iframe src="https://example.com"></iframe> <div style="position:fixed" onclick="x()">y',
    ].join('\n\n'));
    const doc = new DOMParser().parseFromString(out, 'text/html').body;
    expect(doc.querySelector('script, iframe, h1, style')).to.equal(null);
    expect(doc.querySelector('strong')!.textContent).to.equal('Title');
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on'), `${attr.name} kept`).to.equal(false);
        expect(attr.name).not.to.equal('style');
        if (attr.name === 'href' || attr.name === 'src') expect(isSafeUrl(attr.value), attr.value).to.equal(true);
      }
    }
    const good = doc.querySelector<HTMLAnchorElement>('a[href="https://example.com"]')!;
    expect(good.rel).to.equal('noopener noreferrer ugc');
  });

  it('makes a plain-text excerpt', () => {
    expect(excerpt('## Hello\n\nSome **bold** [link](https://x.y) text', 100)).to.equal('Hello Some bold link text');
    expect(excerpt('a'.repeat(50), 10)).to.have.length(10);
  });

  it('accepts only http, https and mailto URLs', () => {
    expect(isSafeUrl('https://example.com/a')).to.equal(true);
    expect(isSafeUrl('/relative/path')).to.equal(true);
    expect(isSafeUrl('mailto:a@b.c')).to.equal(true);
    expect(isSafeUrl(' javascript:alert(1)')).to.equal(false);
    expect(isSafeUrl('data:text/html,<script>')).to.equal(false);
    expect(isSafeUrl('')).to.equal(false);
  });
});
