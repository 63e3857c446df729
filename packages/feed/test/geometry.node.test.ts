import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { distanceToBBoxKm, geometryBBox, geometryProblem, implausiblePosition, ringArea, ringSelfIntersection } from '../src/geometry.ts';
import { parseFeed } from '../src/parse.ts';
import type { Geometry } from '../src/schema.ts';
import { miniFeed } from './fixtures.ts';

const square: [number, number][] = [[7.46, 51.52], [7.48, 51.52], [7.48, 51.53], [7.46, 51.53], [7.46, 51.52]];
const polygon = (...rings: [number, number][][]): Geometry => ({ type: 'Polygon', coordinates: rings });

test('a simple outline, with or without a hole, has no problem', () => {
  assert.equal(geometryProblem(polygon(square)), undefined);
  const hole: [number, number][] = [[7.465, 51.522], [7.47, 51.522], [7.47, 51.525], [7.465, 51.522]];
  assert.equal(geometryProblem(polygon(square, hole)), undefined);
  assert.equal(geometryProblem({ type: 'MultiPolygon', coordinates: [[square], [[[8, 50], [8.1, 50], [8.1, 50.1], [8, 50]]]] }), undefined);
});

test('a bow tie crosses itself, and the message says where', () => {
  const bowTie: [number, number][] = [[7.46, 51.52], [7.48, 51.53], [7.48, 51.52], [7.46, 51.53], [7.46, 51.52]];
  const crossing = ringSelfIntersection(bowTie)!;
  assert.ok(Math.abs(crossing[0] - 7.47) < 1e-9 && Math.abs(crossing[1] - 51.525) < 1e-9, String(crossing));
  assert.match(geometryProblem(polygon(bowTie))!, /crosses itself near \[7\.47, 51\.525\]/);
});

test('a spike that runs back along itself overlaps itself', () => {
  const spike: [number, number][] = [[0, 0], [2, 0], [2, 2], [2, 1], [2, 3], [0, 2], [0, 0]];
  assert.ok(ringSelfIntersection(spike));
});

test('touching at a single point is tolerated; repeated positions are not a crossing', () => {
  const pinched: [number, number][] = [[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1], [0, 0]];
  assert.equal(ringSelfIntersection(pinched), undefined);
  const repeated: [number, number][] = [[0, 0], [1, 0], [1, 0], [1, 1], [0, 1], [0, 1], [0, 0]];
  assert.equal(ringSelfIntersection(repeated), undefined);
});

test('empty, unclosed, zero-area and out-of-world outlines are named', () => {
  assert.match(geometryProblem({ type: 'MultiPolygon', coordinates: [] })!, /empty/);
  assert.match(geometryProblem(polygon())!, /empty/);
  assert.match(geometryProblem(polygon([[7, 51], [7.1, 51], [7, 51]]))!, /empty/);
  assert.match(geometryProblem(polygon([[7, 51], [7.1, 51], [7.2, 51], [7, 51]]))!, /no area/);
  assert.match(geometryProblem(polygon([[7, 51], [7, 51], [7, 51], [7, 51]]))!, /no area/);
  assert.match(geometryProblem(polygon([[7, 51], [7.1, 51], [7.1, 51.1], [7, 51.2]]))!, /not closed/);
  assert.match(geometryProblem(polygon([[7, 51], [200, 51], [7.1, 51.1], [7, 51]]))!, /outside the world/);
  assert.match(geometryProblem({ type: 'Point', coordinates: [7, 51] })!, /Polygon or MultiPolygon/);
  assert.match(geometryProblem(polygon(square, [[7.47, 51.525], [7.47, 51.526], [7.47, 51.527], [7.47, 51.525]]))!, /^has a hole that encloses no area/);
});

test('ring area is signed by orientation', () => {
  assert.ok(ringArea(square) > 0);
  assert.ok(ringArea([...square].reverse()) < 0);
  assert.ok(Math.abs(Math.abs(ringArea(square)) - 0.0002) < 1e-12);
});

test('all 170 sub-districts of Dortmund pass, and checking them all stays fast', () => {
  const collection = JSON.parse(readFileSync('/work/shared/geo/dortmund-ubz.geojson', 'utf8')) as { features: { geometry: Geometry }[] };
  geometryProblem(collection.features[0].geometry); // warm up
  const started = performance.now();
  for (let round = 0; round < 3; round++) {
    for (const feature of collection.features) assert.equal(geometryProblem(feature.geometry), undefined);
  }
  const perRound = (performance.now() - started) / 3;
  assert.ok(perRound < 100, `checking 170 outlines (about 20,000 positions) took ${perRound.toFixed(1)} ms`);
});

test('a ring of a thousand positions is checked quickly, and a crossing in it is found', () => {
  const n = 1000;
  const circle: [number, number][] = Array.from({ length: n }, (_, i) => [7.47 + 0.01 * Math.cos((2 * Math.PI * i) / n), 51.52 + 0.006 * Math.sin((2 * Math.PI * i) / n)]);
  circle.push(circle[0]);
  const started = performance.now();
  assert.equal(ringSelfIntersection(circle), undefined);
  const crossed = circle.slice();
  [crossed[100], crossed[600]] = [crossed[600], crossed[100]];
  assert.ok(ringSelfIntersection(crossed));
  assert.ok(performance.now() - started < 50);
});

test('distance to a box is zero inside and about right outside', () => {
  const box = geometryBBox(polygon(square));
  assert.deepEqual(box, [7.46, 51.52, 7.48, 51.53]);
  assert.equal(distanceToBBoxKm([7.47, 51.525], box), 0);
  // 0.1 degree of latitude is about 11.06 km.
  assert.ok(Math.abs(distanceToBBoxKm([7.47, 51.63], box) - 11.06) < 0.05);
});

test('a position far from its quarters is implausible, and a swapped one is named as such', () => {
  const box = geometryBBox(polygon(square));
  assert.equal(implausiblePosition([7.4653, 51.5136], [box]), undefined);
  assert.match(implausiblePosition([51.51, 7.46], [box])!, /latitude and longitude swapped.*\[7\.46, 51\.51\]/);
  assert.match(implausiblePosition([13.4, 52.52], [box])!, /more than 20 km/);
  assert.equal(implausiblePosition([13.4, 52.52], []), undefined);
});

test('the reader drops a self-intersecting outline as a field and keeps the quarter', () => {
  const doc = miniFeed();
  doc.quarters![0].geometry = { type: 'Polygon', coordinates: [[[7.46, 51.52], [7.48, 51.53], [7.48, 51.52], [7.46, 51.53], [7.46, 51.52]]] };
  const { feed, dropped } = parseFeed(doc);
  assert.equal(feed.quarters.length, 2);
  assert.equal(feed.quarters[0].geometry, undefined);
  assert.equal(dropped.length, 1);
  assert.deepEqual({ ...dropped[0], message: '' }, { kind: 'quarter', id: 'brunnenstrassenviertel', path: '$.quarters[0].geometry', dropped: 'field', message: '' });
  assert.match(dropped[0].message, /crosses itself/);
});

test('the reader drops a zero-area outline', () => {
  const doc = miniFeed();
  doc.quarters![0].geometry = { type: 'Polygon', coordinates: [[[7.46, 51.52], [7.47, 51.52], [7.48, 51.52], [7.46, 51.52]]] };
  const { feed, dropped } = parseFeed(doc);
  assert.equal(feed.quarters[0].geometry, undefined);
  assert.match(dropped[0].message, /no area/);
});

test('the reader drops a partner position with latitude and longitude swapped, and keeps the partner', () => {
  const doc = miniFeed();
  doc.partners![0].geo = [51.5245, 7.4712];
  const { feed, dropped } = parseFeed(doc);
  assert.equal(feed.partners.length, 3);
  assert.equal(feed.partners[0].geo, undefined);
  assert.equal(feed.partners[0].name.de, 'Kita Sonnenblume');
  assert.equal(dropped.length, 1);
  assert.deepEqual({ ...dropped[0], message: '' }, { kind: 'partner', id: 'kita-sonnenblume', path: '$.partners[0].geo', dropped: 'field', message: '' });
  assert.match(dropped[0].message, /probably latitude and longitude swapped/);
});

test('offer and event locations far from their quarters are dropped too; near ones stay', () => {
  const doc = miniFeed();
  doc.offers![0].location = { name: 'Gemeindehaus', geo: [7.47, 51.53] };
  doc.events![0].location = { name: 'Festwiese', geo: [51.52, 7.47] };
  const { feed, dropped } = parseFeed(doc);
  assert.deepEqual(feed.offers[0].location?.geo, [7.47, 51.53]);
  assert.equal(feed.events[0].location?.geo, undefined);
  assert.equal(feed.events[0].location?.name?.de, 'Festwiese');
  assert.deepEqual(dropped.map((d) => d.path), ['$.events[0].location.geo']);
});

test('positions are not judged where the quarters have no outline', () => {
  const doc = miniFeed();
  delete doc.quarters![0].geometry;
  doc.partners![0].geo = [13.4, 52.52];
  const { feed, dropped } = parseFeed(doc);
  assert.deepEqual(feed.partners[0].geo, [13.4, 52.52]);
  assert.deepEqual(dropped, []);
});

test('the report names the kept item when an earlier one with the same id was dropped', () => {
  const doc = miniFeed();
  const copy = structuredClone(doc.partners![0]);
  delete (doc.partners![0] as { name?: unknown }).name;
  copy.geo = [51.5245, 7.4712];
  doc.partners!.splice(1, 0, copy);
  const { dropped } = parseFeed(doc);
  assert.deepEqual(dropped.map((d) => d.path), ['$.partners[0].name', '$.partners[1].geo']);
});
