/**
 * What the elements' filter controls share: the network's life phases and how a `filters`
 * attribute names the controls an element shows.
 */

/** The network's life phases, in years: the age choices of every element's filters. */
export const LIFE_PHASES = [
  { id: '0-2', min: 0, max: 2 },
  { id: '2-4', min: 2, max: 4 },
  { id: '4-6', min: 4, max: 6 },
  { id: '6-10', min: 6, max: 10 },
] as const;

export type LifePhase = (typeof LIFE_PHASES)[number];

export function lifePhase(id: string | null | undefined): LifePhase | undefined {
  return LIFE_PHASES.find((phase) => phase.id === id);
}

/** Which of an element's controls a `filters` attribute asks for: absent none, present but empty (or `all`) every one. */
export function requestedControls<T extends string>(attribute: string | null | undefined, available: readonly T[]): T[] {
  if (attribute === null || attribute === undefined) return [];
  const wanted = attribute.split(/[\s,]+/).filter(Boolean);
  if (!wanted.length || wanted.includes('all') || wanted.includes('true')) return [...available];
  return available.filter((control) => wanted.includes(control));
}
