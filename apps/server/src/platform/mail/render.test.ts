import { describe, expect, it } from 'vitest';
import { brandingFromSettings, DEFAULT_BRAND_COLOR, renderMail, safeHttpUrl } from './render.ts';

const branding = { accountName: 'Acme <Corp>', logoUrl: null, brandColor: '#0f766e' };

describe('renderMail', () => {
  it('escapes every user-provided text in the html part', () => {
    const { html } = renderMail({ subject: 'Hi', heading: '<script>alert(1)</script>', paragraphs: ['a & b "c"'], footnote: "it's <b>" }, branding);

    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('a &amp; b &quot;c&quot;');
    expect(html).toContain('it&#39;s &lt;b&gt;');
    expect(html).toContain('Acme &lt;Corp&gt;');
  });

  it('writes the plain-text alternative with the action as "label: url"', () => {
    const { text } = renderMail({ subject: 'Hi', heading: 'Welcome', paragraphs: ['One.', 'Two.'], action: { label: 'Open', url: 'https://x.example/a?b=1&c=2' }, footnote: 'Bye.' }, branding);

    expect(text).toBe('Welcome\n\nOne.\n\nTwo.\n\nOpen: https://x.example/a?b=1&c=2\n\nBye.\n\n-- \nAcme <Corp>\n');
  });

  it('renders no link for an action whose url is not http(s)', () => {
    const { html } = renderMail({ subject: 'Hi', heading: 'H', paragraphs: [], action: { label: 'Click', url: 'javascript:alert(1)' } }, branding);

    expect(html).not.toContain('href="javascript');
    expect(html).toContain('Click: javascript:alert(1)');
  });

  it('puts the subject on one line', () => {
    expect(renderMail({ subject: 'Line\r\nBcc: x@y.z', heading: 'H', paragraphs: [] }, branding).subject).toBe('Line Bcc: x@y.z');
  });
});

describe('brandingFromSettings', () => {
  it.each([
    [{ logoUrl: 'https://cdn.example/logo.png' }, 'https://cdn.example/logo.png'],
    [{ logoUrl: '/files/logo.png' }, 'https://flow.example/files/logo.png'],
    [{ logoUrl: '//evil.example/logo.png' }, null],
    [{ logoUrl: 'javascript:alert(1)' }, null],
    [{ logoUrl: 42 }, null],
    [{}, null],
  ])('resolves the logo of %j to %s', (settings, expected) => {
    expect(brandingFromSettings({ accountName: 'A', settings, baseUrl: 'https://flow.example' }).logoUrl).toBe(expected);
  });

  it('falls back to the default colour for anything but a hex colour', () => {
    expect(brandingFromSettings({ accountName: 'A', settings: { brandColor: 'red;background:url(x)' } }).brandColor).toBe(DEFAULT_BRAND_COLOR);
    expect(brandingFromSettings({ accountName: 'A', settings: { brandColor: '#ABCDEF' } }).brandColor).toBe('#ABCDEF');
  });
});

describe('safeHttpUrl', () => {
  it.each([['https://a.example/x', 'https://a.example/x'], ['mailto:a@b.c', null], ['not a url', null]])('%s → %s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});
