/**
 * The English catalogue, which is also the list of keys (`MessageKey`): every other catalogue
 * has exactly these keys, with the same {placeholders} (tests/unit/i18n.test.ts). A message that
 * counts something has one form per plural category (see catalogue.ts). English is part of the
 * page's own script; the other languages are loaded when chosen.
 */
import type { CatalogueMeta, Message } from './catalogue.ts';

export const meta: CatalogueMeta = {
  language: 'en',
  translator: 'the Borderlines project (original text)',
  reviewedByNativeSpeaker: true,
  note: 'The source language of the interface.',
};

export const en = {
  'app.title': 'Borderlines: who claims what on the Pakistan–Afghanistan border',
  'app.note': 'Every statement is attributed to whoever made it; the map makes no claim of its own.',
  'app.loading': 'Loading the map and its data…',
  'app.loadingMap': 'Loading the map…',
  'app.loadingRecords': 'Loading events and claims…',
  'app.status': '{events} at {places} between {first} and {last}',
  'app.events': { one: '{count} event', other: '{count} events' },
  'app.places': { one: '{count} place', other: '{count} places' },
  'app.claims': { one: '{count} claim', other: '{count} claims' },
  'app.mapUnavailable': 'The map could not start in this browser. The list of places, events and claims works without it.',
  'app.mapUnavailableWhy': 'Why',
  'app.noWebgl': 'WebGL is not available',
  'app.embedCredit': 'Borderlines · every statement attributed to its speaker',
  'app.openFullMap': 'Open the full map',
  'language.label': 'Language',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;

export interface Catalogue {
  meta: CatalogueMeta;
  messages: Record<MessageKey, Message>;
}
