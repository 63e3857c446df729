import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pointInGeometry as pointInPolygon } from '@infamilie/feed';
import { geocode, parseHouseNumber, quarterAt, splitStreetAndNumber, streetKey } from './geo.ts';

test('street names match however they are spelt', () => {
  const key = streetKey('BRUNNENSTRAßE');
  for (const spelling of ['Brunnenstraße', 'Brunnenstrasse', 'Brunnenstr.', 'brunnenstr', 'Brunnen-Straße', ' Brunnen straße ']) assert.equal(streetKey(spelling), key, spelling);
  assert.equal(streetKey('Hörder Neumarkt'), streetKey('HOERDER NEUMARKT'));
  assert.equal(streetKey('Adi-Preißler-Allee'), 'ADIPREISSLERALLEE');
});

test('house numbers with suffixes, and numbers written in the street cell', () => {
  assert.deepEqual(parseHouseNumber('12a'), { number: 12, suffix: 'A' });
  assert.deepEqual(parseHouseNumber(' 12 A '), { number: 12, suffix: 'A' });
  assert.deepEqual(parseHouseNumber('12-14'), { number: 12, suffix: '' });
  assert.equal(parseHouseNumber('ohne'), undefined);
  assert.deepEqual(splitStreetAndNumber('Eberstraße 5a'), ['Eberstraße', '5a']);
  assert.deepEqual(splitStreetAndNumber('Straße des 17. Juni 3'), ['Straße des 17. Juni', '3']);
  assert.deepEqual(splitStreetAndNumber('Clarenberg'), ['Clarenberg', '']);
});

test('geocode finds Dortmund addresses in the city register', () => {
  // Register rows: BRUNNENSTRAßE,13,,7.471410,51.523359,052 and EBERSTRAßE,3,B,7.457888,51.532559,053
  assert.deepEqual(geocode('Brunnenstr.', '13'), { geo: [7.47141, 51.523359], matched: 'BRUNNENSTRAßE 13', precision: 'exact', ubz: '052' });
  assert.deepEqual(geocode('Eberstraße', '3 b')?.geo, [7.457888, 51.532559]);
  assert.equal(geocode('Eberstraße 3b')?.precision, 'exact');
  assert.equal(geocode('Brunnenstraße', '13z')?.precision, 'number', 'an unknown suffix falls back to the plain number');
  const nearest = geocode('Brunnenstraße', '1001');
  assert.equal(nearest?.precision, 'nearest');
  assert.match(nearest!.matched, /^BRUNNENSTRAßE \d+/);
  assert.equal(geocode('Gibtesnichtstraße', '1'), undefined);
});

test('pointInPolygon respects holes and multipolygons; quarterAt names the quarters', () => {
  const square = (x: number, y: number, size: number): Array<[number, number]> => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
  const withHole = { type: 'Polygon' as const, coordinates: [square(0, 0, 10), square(4, 4, 2)] };
  assert.equal(pointInPolygon([1, 1], withHole), true);
  assert.equal(pointInPolygon([5, 5], withHole), false, 'in the hole');
  assert.equal(pointInPolygon([11, 1], withHole), false);
  const multi = { type: 'MultiPolygon' as const, coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] };
  assert.equal(pointInPolygon([5.5, 5.5], multi), true);
  const quarters = [
    { id: 'a', geometry: withHole },
    { id: 'b', geometry: multi },
    { id: 'ohne-umriss' },
  ];
  assert.deepEqual(quarterAt(quarters, [0.5, 0.5]), ['a', 'b']);
  assert.deepEqual(quarterAt(quarters, [20, 20]), []);
});
