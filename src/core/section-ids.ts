/**
 * Reading lists of section ids, as the `sections` attributes give them. Kept apart from the catalog
 * (sections.ts) so the element's first chunk can parse its attributes without it.
 */
import { SECTION_IDS, type SectionId } from './types.js';

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/**
 * Reads a space- or comma-separated list of section ids (an attribute) or an array (a property).
 * Unknown ids are dropped and reported through `onUnknown` so the element can warn once; never throws.
 */
export function parseSectionList(
  value: string | readonly string[] | null | undefined,
  onUnknown?: (unknown: string[]) => void,
): SectionId[] | undefined {
  if (value == null) return undefined;
  const parts = typeof value === 'string' ? value.split(/[\s,]+/) : [...value];
  const known: SectionId[] = [];
  const unknown: string[] = [];
  for (const raw of parts) {
    const id = String(raw).trim().toLowerCase();
    if (!id) continue;
    if (isSectionId(id)) {
      if (!known.includes(id)) known.push(id);
    } else unknown.push(String(raw));
  }
  if (unknown.length) onUnknown?.(unknown);
  return known;
}
