import type { Dataset } from './schema.ts';
import type { Category } from './vocabulary.ts';

/**
 * The dataset as seen with only some event categories shown. A claim stays when it is about a
 * shown event or is tied to a place of its own, so that hiding a type of event never hides one
 * side's words while keeping the other's; hidden events are dropped from what it refers to.
 */
export function filterByCategories(dataset: Dataset, categories: readonly Category[] | null): Dataset {
  if (!categories) return dataset;
  const shown = new Set(categories);
  const events = dataset.events.filter((e) => shown.has(e.category));
  const eventIds = new Set(events.map((e) => e.id));
  const claims = dataset.claims
    .filter((c) => c.eventIds.length === 0 || c.placeIds.length > 0 || c.eventIds.some((id) => eventIds.has(id)))
    .map((c) => ({ ...c, eventIds: c.eventIds.filter((id) => eventIds.has(id)) }));
  return { ...dataset, events, claims };
}
