import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  centerOn,
  clampView,
  fitBounds,
  interpolateView,
  inverseMercator,
  mercator,
  panBy,
  project,
  scaleOfZoom,
  unproject,
  viewCenter,
  zoomAt,
  zoomOfScale,
  type Bounds,
} from '../src/map/projection.ts';
import { tileTemplate, tileUrl, tileZoom, visibleTiles } from '../src/map/tiles.ts';

const close = (actual: number, expected: number, tolerance: number, what = '') => assert.ok(Math.abs(actual - expected) <= tolerance, `${what} ${actual} is not within ${tolerance} of ${expected}`);

/** Web Mercator as the EPSG:3857 definition writes it (metres), to check the module against. */
function epsg3857([lon, lat]: [number, number]): [number, number] {
  const R = 6378137;
  return [R * ((lon * Math.PI) / 180), R * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))];
}

test('mercator puts the equator and the prime meridian in the middle, and the edges at the limit latitude', () => {
  assert.deepEqual(mercator([0, 0]), [0.5, 0.5]);
  close(mercator([-180, 85.05112878])[1], 0, 1e-9);
  close(mercator([180, -85.05112878])[1], 1, 1e-9);
  close(mercator([180, 0])[0], 1, 0);
  // Beyond the limit, positions are held at the edge rather than running off to infinity.
  close(mercator([0, 89.9])[1], 0, 1e-9);
});

test('mercator agrees with EPSG:3857 for a known address in Dortmund', () => {
  const known: [number, number] = [7.4653, 51.5136];
  const [mx, my] = epsg3857(known);
  const circumference = 2 * Math.PI * 6378137;
  const [x, y] = mercator(known);
  close(x, 0.5 + mx / circumference, 1e-12, 'x');
  close(y, 0.5 - my / circumference, 1e-12, 'y');
});

test('the slippy-map tile of a known address comes out as tile servers number it', () => {
  // Brunnenstraße, Dortmund, at zoom 12 and 16 (x = floor((lon + 180) / 360 * 2^z), y by the OSM formula).
  const [x, y] = mercator([7.4653, 51.5136]);
  for (const z of [12, 16]) {
    const n = 2 ** z;
    const lat = (51.5136 * Math.PI) / 180;
    const osmY = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n);
    assert.equal(Math.floor(x * n), Math.floor(((7.4653 + 180) / 360) * n));
    assert.equal(Math.floor(y * n), osmY);
  }
  assert.equal(Math.floor(x * 4096), 2132);
  assert.equal(Math.floor(y * 4096), 1361);
});

test('inverse mercator undoes mercator', () => {
  for (const position of [[7.4653, 51.5136], [-122.4, 37.8], [151.2, -33.9], [0, 0]] as [number, number][]) {
    const [lon, lat] = inverseMercator(mercator(position));
    close(lon, position[0], 1e-9);
    close(lat, position[1], 1e-9);
  }
});

test('zoom levels and scales are two sides of one thing', () => {
  assert.equal(scaleOfZoom(0), 256);
  assert.equal(scaleOfZoom(18), 256 * 2 ** 18);
  close(zoomOfScale(scaleOfZoom(13.5)), 13.5, 1e-12);
});

const dortmund: Bounds = (() => {
  const [x1, y1] = mercator([7.3, 51.6]);
  const [x2, y2] = mercator([7.65, 51.41]);
  return { minX: x1, minY: y1, maxX: x2, maxY: y2 };
})();

test('fitting bounds centres them and leaves the padding free on the tighter side', () => {
  const view = fitBounds(dortmund, 800, 600, 20);
  const [left, top] = project(view, [7.3, 51.6]);
  const [right, bottom] = project(view, [7.65, 51.41]);
  close((left + right) / 2, 400, 1e-6, 'centre x');
  close((top + bottom) / 2, 300, 1e-6, 'centre y');
  const spare = Math.min(left, top, 800 - right, 600 - bottom);
  close(spare, 20, 1e-6, 'padding');
  // A single point does not zoom in without end: street level at most.
  const point = fitBounds({ minX: 0.52, minY: 0.33, maxX: 0.52, maxY: 0.33 }, 800, 600);
  assert.equal(point.scale, scaleOfZoom(18));
});

test('project and unproject are inverse for a viewport', () => {
  const view = fitBounds(dortmund, 640, 400, 24);
  const [sx, sy] = project(view, [7.4653, 51.5136]);
  const [lon, lat] = unproject(view, [sx, sy]);
  close(lon, 7.4653, 1e-9);
  close(lat, 51.5136, 1e-9);
});

test('zooming about a point keeps that point where it is', () => {
  const view = fitBounds(dortmund, 640, 400, 24);
  const at: [number, number] = [123, 321];
  const before = unproject(view, at);
  const zoomed = zoomAt(view, 3, at);
  assert.equal(zoomed.scale, view.scale * 3);
  const after = unproject(zoomed, at);
  close(after[0], before[0], 1e-9);
  close(after[1], before[1], 1e-9);
});

test('limits hold the scale between the network and street level and the centre within the network', () => {
  const whole = fitBounds(dortmund, 640, 400, 12);
  const limits = { minScale: whole.scale, maxScale: scaleOfZoom(18), bounds: dortmund };
  assert.equal(zoomAt(whole, 0.25, [320, 200], limits).scale, whole.scale);
  assert.equal(zoomAt(whole, 1e9, [320, 200], limits).scale, scaleOfZoom(18));
  const far = panBy(zoomAt(whole, 8, [320, 200], limits), 1e6, -1e6, limits);
  const [cx, cy] = viewCenter(far);
  close(cx, dortmund.minX, 1e-12, 'held at the west edge');
  close(cy, dortmund.maxY, 1e-12, 'held at the south edge');
  // A view that is already inside the limits is left alone.
  const inside = clampView(centerOn(viewCenter(whole), whole.scale * 2, 640, 400), limits);
  assert.deepEqual(viewCenter(inside), viewCenter(whole));
});

test('panning moves the content by the pixels given', () => {
  const view = fitBounds(dortmund, 640, 400, 24);
  const [x, y] = project(view, [7.4653, 51.5136]);
  const moved = panBy(view, 30, -12);
  const [x2, y2] = project(moved, [7.4653, 51.5136]);
  close(x2 - x, 30, 1e-9);
  close(y2 - y, -12, 1e-9);
});

test('an animation between views runs the scale evenly on a log scale and ends at the goal', () => {
  const a = fitBounds(dortmund, 640, 400);
  const b = zoomAt(a, 16, [100, 100]);
  close(interpolateView(a, b, 0.5).scale, a.scale * 4, 1e-6);
  const end = interpolateView(a, b, 1);
  close(end.x, b.x, 1e-6);
  close(end.y, b.y, 1e-6);
});

test('a tile template needs {z}, {x} and {y} and a web address', () => {
  assert.equal(tileTemplate('https://{s}.tile.example/{z}/{x}/{y}.png'), 'https://{s}.tile.example/{z}/{x}/{y}.png');
  assert.equal(tileTemplate('https://tile.example/{z}/{x}.png'), undefined);
  assert.equal(tileTemplate('javascript:alert(1)//{z}/{x}/{y}'), undefined);
  assert.equal(tileTemplate('/tiles/{z}/{x}/{y}.png'), undefined);
  assert.equal(tileTemplate(undefined), undefined);
  assert.equal(tileUrl('https://{s}.t.example/{z}/{x}/{y}{r}.png', 12, 2132, 1361), 'https://b.t.example/12/2132/1361.png');
});

test('the visible tiles cover the viewport at the nearest whole zoom', () => {
  const view = centerOn(mercator([7.4653, 51.5136]), scaleOfZoom(12.3), 640, 400);
  assert.equal(tileZoom(view.scale), 12);
  const tiles = visibleTiles(view, 'https://t.example/{z}/{x}/{y}.png');
  const size = view.scale / 4096;
  // Every corner of the viewport lies on a tile.
  for (const [sx, sy] of [[0, 0], [639, 0], [0, 399], [639, 399]]) {
    const wx = sx - view.x;
    const wy = sy - view.y;
    assert.ok(tiles.some((t) => wx >= t.x && wx < t.x + size && wy >= t.y && wy < t.y + size), `corner ${sx},${sy}`);
  }
  assert.ok(tiles.some((t) => t.url === 'https://t.example/12/2132/1361.png'));
  assert.ok(tiles.length <= 12, `${tiles.length} tiles for a 640 x 400 view`);
});
