import { describe, expect, it } from 'vitest';
import {
  decimalString, isXsdDate, isXsdDateTime, normaliseColor, normaliseGuid, parseXsdBoolean, parseXsdNumber,
} from '../../../shared/qdpx/values';

describe('REFI-QDA values', () => {
  it('normalises GUIDs with braces, upper case and spaces; refuses the rest', () => {
    const guid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(normaliseGuid(guid)).toBe(guid);
    expect(normaliseGuid(` {${guid.toUpperCase()}} `)).toBe(guid);
    for (const bad of ['', 'nope', `{${guid}`, `${guid}0`, guid.replace(/-/g, '')]) expect(normaliseGuid(bad)).toBeNull();
  });

  it('normalises colours to #rrggbb', () => {
    expect(normaliseColor('#AbC')).toBe('#aabbcc');
    expect(normaliseColor(' #A1B2C3 ')).toBe('#a1b2c3');
    for (const bad of ['red', '#12', '#1234567', 'a1b2c3']) expect(normaliseColor(bad)).toBeNull();
  });

  it('knows xsd:date and xsd:dateTime', () => {
    for (const ok of ['2026-11-23T10:00:00.000Z', '2025-06-18T02:08:15', '2024-02-29T23:59:59+01:00', '2026-01-01T24:00:00Z']) {
      expect(isXsdDateTime(ok)).toBe(true);
    }
    for (const bad of ['2026-11-23', '2026-11-23 10:00:00Z', '2025-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-01T24:00:01Z', '2026-01-01T10:00:00+0100']) {
      expect(isXsdDateTime(bad)).toBe(false);
    }
    expect(isXsdDate('2015-11-11')).toBe(true);
    expect(isXsdDate('2015-11-31')).toBe(false);
  });

  it('writes numbers as exact xsd:decimal literals', () => {
    expect(decimalString(1e21)).toBe('1000000000000000000000');
    expect(decimalString(1.5e-7)).toBe('0.00000015');
    expect(decimalString(-2.5e-9)).toBe('-0.0000000025');
    expect(decimalString(1.2345e22)).toBe('12345000000000000000000');
    expect(decimalString(-0)).toBe('0');
    expect(decimalString(Number.NaN)).toBeNull();
    expect(decimalString(Number.POSITIVE_INFINITY)).toBeNull();
    for (const n of [0, 1, -1, 0.1, 54, 3.5e-7, 1e-300, 5e-324, 1.7976931348623157e308, 123456789.12345679, -1e21]) {
      const text = decimalString(n) ?? '';
      expect(text).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(text)).toBe(n);
    }
  });

  it('reads xsd:boolean and number literals', () => {
    expect([' true', '1', 'false', '0', 'yes'].map(parseXsdBoolean)).toEqual([true, true, false, false, null]);
    expect(['41', ' -2.5 ', '1e3', '.5', 'NaN', 'INF', '', '1,5'].map(parseXsdNumber)).toEqual([41, -2.5, 1000, 0.5, null, null, null, null]);
  });
});
