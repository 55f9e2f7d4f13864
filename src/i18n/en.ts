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
  // The page
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
  'app.listSeparator': '; ',
  'language.label': 'Language',
  'app.waysToRead': 'Ways to read',
  'app.loadingAccounts': 'Loading both accounts…',
  'notice.region': 'About the data on this map',

  // Notices about the data on screen
  'notice.custom': '{strong} This map shows data loaded from {url}.',
  'notice.customStrong': 'Not the publisher’s dataset.',
  'notice.refused': 'The dataset {url} was not loaded: {reason}. Showing the built-in data instead.',
  'notice.refusedNotUrl': 'it is not a URL',
  'notice.refusedScheme': 'only http: and https: URLs are loaded',
  'notice.refusedOrigin': 'it is not under this map’s folder and not in the configuration’s allowed origins',
  'notice.invalid': {
    one: 'The dataset at {url} was not loaded: {count} error.',
    other: 'The dataset at {url} was not loaded: {count} errors.',
  },
  'notice.builtIn': 'the built-in dataset',
  'notice.more': '… and {count} more.',
  'notice.errorsInEnglish': 'The errors are written for data editors, in English.',

  // The Embed dialog and oEmbed
  'embed.open': 'Embed this view',
  'header.accounts': 'Both accounts & search',
  'header.openFile': 'Open a file',
  'embed.close': 'Close',
  'embed.intro': 'The code shows the map as it is now: the chosen dates, categories, map position and language.',
  'embed.introPlace': 'The code shows the map as it is now: {place}, the chosen dates, categories, map position and language.',
  'embed.withLoader': 'Iframe with auto-height (recommended)',
  'embed.iframeOnly': 'Iframe only, for systems that remove scripts',
  'embed.link': 'Plain link',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied',
  'embed.mapTitle': 'Map: who claims what on the Pakistan–Afghanistan border',
  'embed.mapTitlePlace': 'Map: who claims what on the Pakistan–Afghanistan border — {place}',
  'embed.description':
    'Map of the Pakistan–Afghanistan border region, with places marked by the type of their latest event and the claims each side makes about them.',
  'embed.descriptionPlace':
    'Map of the Pakistan–Afghanistan border region centred on {place}, with the events there and the claims each side makes about it.',

  // The map and its legend
  'map.attribution': 'Waziristan, Khyber, Mohmand and Bajaur outlines approximate',
  'map.title': 'Map',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.toggleAttribution': 'Toggle attribution',
  'legend.title': 'Legend',
  'legend.claimsOnly': 'Claims only (no event in the window)',
  'legend.border': 'Afghanistan–Pakistan border (Durand Line), not recognised by Afghanistan',
  'legend.approximateOutline': 'Approximate outline (Waziristan, Khyber, Mohmand, Bajaur)',
  'legend.approximateLocation': 'Approximate location',
  'legend.grouped': 'Number of places grouped here, whatever their dates: click to zoom in',
  'legend.note':
    'Untick a type to hide its events (claims tied to a place stay). A place takes the colour and shape of its latest event in the chosen dates.',
  'category.military-operation': 'Military operation',
  'category.bombing-attack': 'Bombing or attack',
  'category.airstrike': 'Airstrike',
  'category.border-clash': 'Border clash',
  'category.crossing-closure': 'Crossing closed',
  'category.talks-ceasefire': 'Talks and ceasefire',
  'category.displacement': 'Displacement',

  // Who speaks for whom, and what kind of place
  'side.taliban-government': 'Taliban’s interim government (Islamic Emirate)',
  'side.pakistan': 'Pakistan’s government, military or security services',
  'side.ttp': 'Tehreek-e-Taliban Pakistan (TTP)',
  'side.un': 'United Nations',
  'side.mediators': 'Mediators (Qatar, Türkiye)',
  'side.united-states': 'United States',
  'side.observers': 'Analysts and observers',
  'side.publication': 'The publication itself',
  'kind.border': 'Border',
  'kind.area': 'Area',
  'kind.province': 'Province',
  'kind.district': 'District',
  'kind.city': 'City',
  'kind.site': 'Site',
  'kind.crossing': 'Border crossing',

  // The sidebar
  'sidebar.hide': 'Hide the list',
  'sidebar.showPlace': 'Show claims about {place}',
  'sidebar.show': 'Show places and claims',
  'sidebar.showCount': 'Show places and claims ({count})',
  'sidebar.places': 'Places',
  'sidebar.placesCount': 'Places ({count})',
  'sidebar.hint': 'Choose a place on the map or in this list to read who claims what about it.',
  'sidebar.empty': 'Nothing recorded in the chosen dates. Widen the dates below.',
  'sidebar.counts': '{events}, {claims}',
  'sidebar.moreEvents': {
    one: 'Show {count} more event ({shown} of {total} shown)',
    other: 'Show {count} more events ({shown} of {total} shown)',
  },
  'sidebar.morePlaces': {
    one: 'Show {count} more place ({shown} of {total} shown)',
    other: 'Show {count} more places ({shown} of {total} shown)',
  },
  'sidebar.moreClaims': {
    one: 'Show {count} more claim or dispute ({shown} of {total} shown)',
    other: 'Show {count} more claims or disputes ({shown} of {total} shown)',
  },
  'sidebar.downloads': 'Download the data',
  'place.back': '← All places',
  'place.also': 'also {names}',
  'place.events': 'Events ({count})',
  'place.noEvents': 'No events here in the chosen dates.',
  'place.claims': 'Claims ({count})',
  'place.noClaims': 'No claims about this place in the chosen dates.',
  'event.alleged': 'Alleged by one side',
  'event.fatalities': 'fatalities reported: {figure}',
  'event.fatalityRange': '{best} ({low}–{high})',
  'event.actors': 'Actors: {actors}',
  'claim.label': 'Claim by {speaker}',
  'claim.role': ', {role}',
  'claim.for': 'for {side}',
  'claim.context': 'Context',
  'claim.disputed': 'Disputed',
  'claim.disputedTopic': 'Disputed: {topic}',
  'claim.disputedBy': 'Disputed by {speakers}',
  'claim.speakerSide': '{speaker} ({side})',
  'claim.counter': '{speaker}, for {side}, {date}:',
  'claim.said': 'Said {date}',
  'claim.saidAnonymous': 'Quoted from an unnamed speaker, said {date}',
  'claim.paraphrase': 'Paraphrase',
  'claim.unnamed': 'Unnamed speaker',
  'source.line': 'Source: {publisher}, {title}, {date}',
  'source.untitled': 'untitled',
  'source.dateUnknown': 'date unknown',
  'date.about': 'about {date}',
  'date.span': '{from} – {to}',
  'correction.correctedOn': 'Corrected on {date}',
  'correction.sourceCorrectedOn': '(corrected on {date})',
  'correction.what': 'What changed:',
  'correction.why': 'Why:',
  'correction.all': 'All corrections',
  'correction.footerLink': 'Corrections to the data',
  'correction.footerLabel': 'About this map',
  'static.note':
    'The interactive map has not started on this page (it may still be loading, or the page that embeds it may block it). Every place, event and claim it holds is listed below; each statement is attributed to whoever made it.',
  'static.noscript': 'This map needs JavaScript. The data behind it can be downloaded:',
  'static.otherLanguages': 'This list in other languages:',
  'static.title': 'Every place, event and claim · Borderlines',

  // The records' translations
  'translation.badge': 'Translation',
  'translation.ofQuote': 'Translation of a quote, not the speaker’s own words',
  'translation.unreviewed': 'by {translator}, not reviewed by a native speaker.',
  'translation.reviewed': 'by {translator}, reviewed by a native speaker.',
  'translation.showOriginal': 'Show the original (English)',
  'translation.showTranslation': 'Show the translation',

  // Added with the reading and importing features
  'embed.what': 'What to embed',
  'embed.thisView': 'This view',
  'embed.claimOnly': 'Only the claim by {speaker}, with its place',
  'embed.introClaim': 'The code shows {place} on the map with this one claim in the list.',
  'embed.thePlace': 'the place',
  'embed.mapTitleClaim': '{title} — a claim by {speaker}',
  'claim.linked': 'Linked claim',
  'claim.linkedLabel': 'Linked claim by {speaker}',
  'claim.link': 'Link to this claim',
  'claim.linkCopied': 'link copied',
  'claim.linkToCopy': 'Link to this claim, to copy',
  'source.titleUnknown': 'title unknown',
  'place.linkedAlone': {
    one: 'The linked claim alone: {count} more claim here in the chosen dates.',
    other: 'The linked claim alone: {count} more claims here in the chosen dates.',
  },
  'place.filtered': {
    one: 'Filtered by side or speaker: {count} more claim here in the chosen dates.',
    other: 'Filtered by side or speaker: {count} more claims here in the chosen dates.',
  },
  'sidebar.acledLeftOut': {
    one: '{count} event from ACLED is left out of these downloads, with ACLED’s notes on it: ACLED’s terms do not allow passing its records on. Researchers can get them from ACLED.',
    other:
      '{count} events from ACLED are left out of these downloads, with ACLED’s notes on them: ACLED’s terms do not allow passing its records on. Researchers can get them from ACLED.',
  },
  'slider.zoomGroup': 'Zoom the timeline',
  'slider.zoomIn': 'Zoom in on the dates shown',
  'slider.zoomOut': 'Zoom out',
  'slider.wholeTimeline': 'Whole timeline',

  // The slider
  'slider.group': 'Dates shown',
  'slider.start': 'Start date',
  'slider.end': 'End date',
  'slider.earlier': 'One year earlier',
  'slider.later': 'One year later',
  'slider.all': 'All dates',
  'slider.drag': 'Drag to move the dates shown',
  'slider.loading': 'Loading the dates…',
  'slider.play': 'Play',
  'slider.pause': 'Pause',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;

/**
 * A language's strings. A key missing from a translation falls back to English at run time, so
 * that a string added in English never breaks the page; the unit test lists what is missing.
 */
export interface Catalogue {
  meta: CatalogueMeta;
  messages: Partial<Record<MessageKey, Message>>;
}
