import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as read from './values.ts';

test('dates as YYYY-MM-DD and DD.MM.YYYY; impossible days are refused', () => {
  assert.equal(read.date('2026-07-20'), '2026-07-20');
  assert.equal(read.date('20.07.2026'), '2026-07-20');
  assert.equal(read.date('1.7.26'), '2026-07-01');
  assert.throws(() => read.date('31.02.2026'), /not a day in the calendar/);
  assert.throws(() => read.date('07/20/2026'), /must be a date written 20\.07\.2026 or 2026-07-20/);
});

test('times, yes/no, numbers with a decimal comma', () => {
  assert.equal(read.time('9:00'), '09:00');
  assert.equal(read.time('14.30'), '14:30');
  assert.equal(read.time('09:00:00'), '09:00');
  assert.equal(read.time('9 Uhr'), '09:00');
  assert.throws(() => read.time('25:00'), /not a time of day/);
  assert.equal(read.yesNo('Ja'), true);
  assert.equal(read.yesNo('x'), true);
  assert.equal(read.yesNo('nein'), false);
  assert.throws(() => read.yesNo('vielleicht'), /write "ja" or "nein"/);
  assert.equal(read.number('2,5'), 2.5);
});

test('weekly schedules as people write them', () => {
  assert.deepEqual(read.weekly('Di 09:00-11:00; Do 15:00-17:00'), [
    { day: 'tu', opens: '09:00', closes: '11:00' },
    { day: 'th', opens: '15:00', closes: '17:00' },
  ]);
  assert.deepEqual(read.weekly('Mo - Mi 8-12 Uhr').map((h) => h.day), ['mo', 'tu', 'we']);
  assert.deepEqual(read.weekly('Dienstag und Donnerstag 9.30 bis 11'), [
    { day: 'tu', opens: '09:30', closes: '11:00' },
    { day: 'th', opens: '09:30', closes: '11:00' },
  ]);
  assert.throws(() => read.weekly('Di 11-9'), /ends before it starts/);
  assert.throws(() => read.weekly('dienstags vormittags'), /is not a weekly time/);
});

test('recurrence days, languages, kinds, audiences, statuses in German or English', () => {
  assert.deepEqual(read.byDay('Di, Do'), ['tu', 'th']);
  assert.deepEqual(read.byDay('1. Mo, letzter Fr, -1fr'), ['1mo', '-1fr', '-1fr']);
  assert.equal(read.frequency('wöchentlich'), 'weekly');
  assert.equal(read.frequency('einmalig'), '');
  assert.deepEqual(read.languages('Deutsch, Türkisch und ar'), ['de', 'tr', 'ar']);
  assert.throws(() => read.languages('Klingonisch'), /is not a language/);
  assert.equal(read.partnerKind('Familienzentrum'), 'family-centre');
  assert.equal(read.partnerKind('school'), 'school');
  assert.deepEqual(read.audience('Kinder, Fachkräfte'), ['children', 'professionals']);
  assert.equal(read.status('fällt aus'), 'cancelled');
  assert.equal(read.slugify('Kita Sonnenblume (Nord) – Ü'), 'kita-sonnenblume-nord-ue');
});
