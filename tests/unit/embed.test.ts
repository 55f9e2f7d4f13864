import { describe, expect, it } from 'vitest';
import { heightMessages, readHeightChannels } from '../../src/embed/height.ts';
import { oembedFor } from '../../src/embed/oembed.ts';
import { headTags, placePage, sitePages } from '../../scripts/site-pages.ts';
import { readDataset } from '../../scripts/read-dataset.ts';
import { currentLanguage } from '../../src/i18n/i18n.tsx';
import { buildSnippets, EMBED_SANDBOX } from '../../src/embed/snippet.ts';
import { dayNumber } from '../../src/data/dates.ts';
import { filterByCategories } from '../../src/data/filter.ts';
import { validateDataset } from '../../src/data/validate.ts';
import { asFiles, fixtureRecords, TODAY } from './fixtures.ts';

const SITE = 'https://news.example.org/graphics/2025/border/';
const view = {
  place: 'spin-boldak',
  from: dayNumber('2025-01-01'),
  to: dayNumber('2025-11-30'),
  cats: ['border-clash' as const],
  view: { zoom: 7, lat: 31.2, lon: 66.5 },
  lang: null,
};

describe('the embed code', () => {
  const snippets = buildSnippets({
    siteUrl: SITE,
    view,
    title: 'Map "Boldak" & <more>',
    description: 'A map of Spin Boldak',
    previewFile: 'previews/spin-boldak.png',
  });

  it('opens the chosen view in the compact layout', () => {
    expect(snippets.embedUrl).toBe(`${SITE}?place=spin-boldak&from=2025-01-01&to=2025-11-30&cats=border-clash&view=7/31.2/66.5&embed=1`);
    expect(snippets.fullUrl).toBe(`${SITE}?place=spin-boldak&from=2025-01-01&to=2025-11-30&cats=border-clash#7/31.2/66.5`);
  });

  it('is an iframe with a title, lazy loading, a default height, fullscreen and a tight sandbox, plus the loader', () => {
    const iframe = snippets.withLoader.split('\n')[0];
    expect(iframe).toMatch(
      /^<iframe src="[^"]+" title="Map &quot;Boldak&quot; &amp; &lt;more&gt;" width="100%" height="\d+" loading="lazy" allow="fullscreen" /,
    );
    expect(iframe).toContain(`sandbox="${EMBED_SANDBOX}"`);
    expect(EMBED_SANDBOX).not.toMatch(/allow-top-navigation|allow-forms|allow-modals/);
    expect(snippets.withLoader).toContain(`<script async src="${SITE}embed.js"></script>`);
  });

  it('has a script-free variant and a noscript picture with real alt text', () => {
    expect(snippets.iframeOnly).not.toContain('<script');
    expect(snippets.iframeOnly).toContain(
      `<noscript><a href="${snippets.fullUrl.replace(/&/g, '&amp;')}"><img src="${SITE}previews/spin-boldak.png" alt="A map of Spin Boldak"`,
    );
    expect(snippets.link).toBe(`<a href="${snippets.fullUrl.replace(/&/g, '&amp;')}">Map "Boldak" &amp; &lt;more&gt;</a>`);
  });
});

describe('height messages', () => {
  it('speak pym.js, AMP and WordPress, carrying nothing but the height', () => {
    const channels = readHeightChannels('?embed=1&childId=border-map', '#?secret=Ab3dE');
    expect(heightMessages(812.4, channels)).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 813 },
      'pymxPYMxborder-mapxPYMxheightxPYMx813',
      { secret: 'Ab3dE', message: 'height', value: 813 },
    ]);
  });

  it('ignore a childId or secret that could smuggle anything else', () => {
    expect(readHeightChannels('?childId=x%22%3E%3Cscript%3E', '#?secret=a b')).toEqual({ childId: null, secret: null });
    expect(heightMessages(100, { childId: null, secret: null })).toHaveLength(1);
  });
});

describe('filterByCategories', () => {
  const result = validateDataset(asFiles(fixtureRecords()), { today: TODAY });
  if (!result.ok) throw new Error('fixture is invalid');

  it('keeps only the chosen categories, and the claims about them or about no event', () => {
    const filtered = filterByCategories(result.dataset, ['military-operation']);
    expect(filtered.events.map((e) => e.id)).toEqual(['operation']);
    expect(filtered.claims.map((c) => c.id)).toEqual(['b-says', 'talks']);
  });

  it('keeps a claim tied to a place of its own, without its hidden events', () => {
    const records = fixtureRecords();
    records.claims[0].placeIds = ['town'];
    const withPlace = validateDataset(asFiles(records), { today: TODAY });
    if (!withPlace.ok) throw new Error('fixture is invalid');
    const kept = filterByCategories(withPlace.dataset, ['military-operation']).claims.find((c) => c.id === 'a-says');
    expect(kept).toMatchObject({ placeIds: ['town'], eventIds: [] });
  });

  it('returns the dataset itself when no filter is set', () => {
    expect(filterByCategories(result.dataset, null)).toBe(result.dataset);
  });
});

describe('oEmbed', () => {
  const site = 'https://news.example.org/graphics/2025/border/';
  const place = { id: 'spin-boldak', name: 'Spin Boldak' } as Parameters<typeof oembedFor>[1];

  it('answers for a place’s view with a rich embed, its size and its thumbnail', () => {
    expect(oembedFor(site, place)).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Borderlines',
      title: expect.stringContaining('Spin Boldak'),
      width: expect.any(Number),
      height: expect.any(Number),
      thumbnail_url: `${site}previews/spin-boldak.jpg`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
      html: expect.stringContaining(`src="${site}?place=spin-boldak&amp;embed=1"`),
    });
  });

  it('is discoverable from the map’s page and from each place’s page', () => {
    expect(headTags(site, null)).toContain(`<link rel="alternate" type="application/json+oembed" href="${site}oembed.json"`);
    const page = placePage(site, place!);
    expect(page).toContain(`href="${site}oembed/spin-boldak.json"`);
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=./?place=spin-boldak" />');
    expect(page).toContain(`<meta property="og:image" content="${site}previews/spin-boldak.jpg" />`);
  });

  it('is written in every language: the place page, its title and the embed it gives', () => {
    const dataset = readDataset();
    if (!dataset.ok) throw new Error('the built-in dataset must be valid');
    const files = sitePages(site, dataset.dataset);
    const urdu = JSON.parse(files['oembed/spin-boldak.ur.json']);
    expect(urdu.title).toContain('سپین بولدک');
    expect(urdu.html).toContain(`src="${site}?place=spin-boldak&amp;lang=ur&amp;embed=1"`);
    const page = files['place-spin-boldak.ps.html'];
    expect(page).toContain('<html lang="ps" dir="rtl">');
    expect(page).toContain(`href="${site}oembed/spin-boldak.ps.json"`);
    expect(page).toContain('url=./?place=spin-boldak&amp;lang=ps"');
    // English stays as it was, and the build ends in English.
    expect(JSON.parse(files['oembed/spin-boldak.json']).title).toContain('Spin Boldak');
    expect(JSON.parse(files['oembed.fa-AF.json']).html).toContain('lang=fa-AF');
    expect(currentLanguage()).toBe('en');
  });
});
