import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/data/config-schema.ts';

describe('config.json', () => {
  it('fills in what is missing with the defaults and ignores unknown fields', () => {
    expect(parseConfig({})).toEqual({ config: { basemapStyleUrl: null, basemapOrigins: [], dataOrigins: [] }, problems: [] });
    expect(parseConfig({ dataOrigins: ['https://data.example.org'], extra: 1 }).config).toEqual({
      basemapStyleUrl: null,
      basemapOrigins: [],
      dataOrigins: ['https://data.example.org'],
    });
  });

  it('is ignored as a whole, naming each wrong field as the dataset check does, when any field is wrong', () => {
    const { config, problems } = parseConfig({
      basemapStyleUrl: 'javascript:alert(1)',
      basemapOrigins: 'https://tiles.example.org',
      dataOrigins: ['https://ok.example.org', 'ftp://data.example.org'],
    });
    expect(config).toBeNull();
    expect(problems).toEqual([
      'config.json › (whole file) › basemapStyleUrl: expected an http: or https: URL',
      'config.json › (whole file) › basemapOrigins: expected Array, got "https://tiles.example.org"',
      'config.json › (whole file) › dataOrigins.1: expected an http: or https: URL',
    ]);
    expect(parseConfig([]).problems).toEqual(['config.json › (whole file): expected an object, got Array']);
    expect(parseConfig({ basemapStyleUrl: 'https://tiles.example.org/style.json', dataOrigins: null }).problems).toEqual([
      'config.json › (whole file) › dataOrigins: expected Array, got null',
    ]);
  });
});
