import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Geometry } from '@infamilie/feed';
import { clusterPoints } from '../src/map/clusters.ts';
import { inverseMercator, mercator } from '../src/map/projection.ts';
import { geometryBounds, labelPoint, pathData } from '../src/map/shapes.ts';

test('points farther apart than the radius stay alone; close ones form a group at their mean', () => {
  const clusters = clusterPoints(
    [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 10, y: 0 },
      { id: 'c', x: 200, y: 200 },
    ],
    36,
  );
  assert.deepEqual(clusters, [
    { key: 'a', x: 5, y: 0, members: ['a', 'b'] },
    { key: 'c', x: 200, y: 200, members: ['c'] },
  ]);
});

test('every point lands in exactly one group, and no two group seeds are closer than the radius', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const points = Array.from({ length: 2000 }, (_, i) => ({ id: `p${i}`, x: random() * 1000, y: random() * 600 }));
  const radius = 36;
  const clusters = clusterPoints(points, radius);
  const members = clusters.flatMap((c) => c.members);
  assert.equal(members.length, 2000);
  assert.equal(new Set(members).size, 2000);
  const seeds = clusters.map((c) => points.find((p) => p.id === c.key)!);
  for (let i = 0; i < seeds.length; i++) {
    for (let j = i + 1; j < seeds.length; j++) {
      assert.ok(Math.hypot(seeds[i].x - seeds[j].x, seeds[i].y - seeds[j].y) > radius, `${seeds[i].id} and ${seeds[j].id}`);
    }
  }
  for (const cluster of clusters) {
    const seedPoint = points.find((p) => p.id === cluster.key)!;
    for (const id of cluster.members) {
      const p = points.find((q) => q.id === id)!;
      assert.ok(Math.hypot(p.x - seedPoint.x, p.y - seedPoint.y) <= radius);
    }
  }
});

test('grouping is deterministic, across cell borders and at negative coordinates', () => {
  const points = [
    { id: 'w', x: -1, y: -1 },
    { id: 'e', x: 1, y: 1 },
  ];
  assert.deepEqual(clusterPoints(points, 36).map((c) => c.members), [['w', 'e']]);
  assert.deepEqual(clusterPoints(points, 36), clusterPoints(points, 36));
  assert.deepEqual(clusterPoints(points, 0).map((c) => c.members), [['w'], ['e']]);
});

test('2,000 markers group in a few milliseconds', () => {
  const points = Array.from({ length: 2000 }, (_, i) => ({ id: `p${i}`, x: (i * 7919) % 1000, y: (i * 104729) % 640 }));
  clusterPoints(points);
  const started = performance.now();
  for (let i = 0; i < 10; i++) clusterPoints(points);
  assert.ok((performance.now() - started) / 10 < 10);
});

const square: Geometry = { type: 'Polygon', coordinates: [[[7.46, 51.52], [7.48, 51.52], [7.48, 51.53], [7.46, 51.53], [7.46, 51.52]]] };

test('path data is relative to the frame origin, in whole units, memoised per geometry and scale', () => {
  const [ox, oy] = mercator([7.46, 51.53]);
  const frame = { originX: ox, originY: oy, scale: 2 ** 24 };
  const path = pathData(square, frame);
  assert.match(path, /^M0 \d+L\d+ \d+L\d+ 0L0 0Z$/);
  assert.equal(pathData(square, frame), path);
  assert.notEqual(pathData(square, { ...frame, scale: 2 ** 25 }), path);
  const bounds = geometryBounds(square);
  const width = (bounds.maxX - bounds.minX) * frame.scale;
  assert.ok(path.includes(`L${Math.round(width)} `), path);
});

test('detail finer than half a pixel is left out at a city-wide scale and kept closer in', () => {
  // A zig-zag edge: its teeth are 5 m deep.
  const teeth = Array.from({ length: 100 }, (_, i) => [7.46 + i * 0.0002, 51.52 + (i % 2) * 0.00005] as [number, number]);
  const jagged: Geometry = { type: 'Polygon', coordinates: [[...teeth, [7.48, 51.53], [7.46, 51.53], [7.46, 51.52]]] };
  const [ox, oy] = mercator([7.46, 51.53]);
  const city = pathData(jagged, { originX: ox, originY: oy, scale: 2 ** 20 * 10 });
  const street = pathData(jagged, { originX: ox, originY: oy, scale: 2 ** 27 * 10 });
  assert.ok((city.match(/L/g) ?? []).length < 10, city);
  assert.ok((street.match(/L/g) ?? []).length > 90);
  // A quarter smaller than a pixel is still drawn, so that it can be found.
  assert.match(pathData(square, { originX: ox, originY: oy, scale: 256 }), /Z$/);
});

test('a label goes inside a C-shaped quarter, where its bounding box centre is not', () => {
  // A C open to the east: the centre of its box lies in the gap.
  const c: Geometry = {
    type: 'Polygon',
    coordinates: [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]],
  };
  const [lon, lat] = inverseMercator(labelPoint(c));
  const inGap = lon > 1 && lon < 3 && lat > 1 && lat < 2;
  assert.ok(!inGap && lon > 0 && lon < 3 && lat > 0 && lat < 3, `label at ${lon}, ${lat}`);
});
