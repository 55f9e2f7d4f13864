import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';

describe('config.json', () => {
  it('fills in what is missing with the defaults', () => {
    expect(parseConfig({})).toEqual({ config: { basemapStyleUrl: null, basemapOrigins: [], dataOrigins: [] }, problems: [] });
    expect(parseConfig({ dataOrigins: ['https://data.example.org'], extra: 1 }).config).toEqual({
      basemapStyleUrl: null,
      basemapOrigins: [],
      dataOrigins: ['https://data.example.org'],
    });
  });

  it('is ignored as a whole, naming each wrong field, when any field is wrong', () => {
    const { config, problems } = parseConfig({
      basemapStyleUrl: 'javascript:alert(1)',
      basemapOrigins: 'https://tiles.example.org',
      dataOrigins: ['https://ok.example.org', 'ftp://data.example.org'],
    });
    expect(config).toBeNull();
    expect(problems).toEqual([
      'basemapStyleUrl: an http: or https: URL, or null',
      'basemapOrigins: a list of http: or https: URLs',
      'dataOrigins.1: an http: or https: URL',
    ]);
    expect(parseConfig([]).problems).toEqual(['the file: an object']);
    expect(parseConfig({ basemapStyleUrl: 'https://tiles.example.org/style.json', dataOrigins: null }).problems).toEqual([
      'dataOrigins: a list of http: or https: URLs',
    ]);
  });
});
