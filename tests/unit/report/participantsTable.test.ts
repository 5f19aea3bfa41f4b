import { describe, expect, it } from 'vitest';
import type { ProjectBundle } from '../../../shared/model';
import { participantsTable } from '../../../shared/report/participantsTable';
import { sampleBundle } from '../../support/sample';

describe('participantsTable', () => {
  it('counts the sample’s participants by organisation category, leaving out the facilitator', async () => {
    const bundle = await sampleBundle();
    const organisation = bundle.attributes.find((a) => a.name === 'Organisation category')!;
    // P1, P6, P7 local authority; P4, P10 NHS; P5 charity; P9 dementia training; P2, P3, P8, P11 carers.
    expect(participantsTable(bundle, organisation.id)).toEqual({
      title: 'Participants by organisation category',
      columns: ['Organisation category', 'Number of participants'],
      rows: [['Local authority', 3], ['NHS', 2], ['Charity', 1], ['Dementia training', 1], ['None (carer)', 4], ['Total', 11]],
      note: '',
    });
  });

  const person = (value: unknown, role = 'participant', isWithdrawn = false) => ({ role, isWithdrawn, attributes: { a: value } });
  const bundleWith = (attribute: object, values: ReturnType<typeof person>[]) =>
    ({ attributes: [{ id: 'a', categories: [], ...attribute }], participants: values }) as unknown as ProjectBundle;

  it('orders categories as defined, then other values sorted, then Not recorded, then Total', () => {
    const table = participantsTable(bundleWith({ name: 'Organisation', categories: ['NHS', 'Local authority', 'Unused'] }, [
      person('Local authority'), person('NHS'), person('Local authority'), person('Zoo'), person('Arts'), person(null), person(''),
      person('NHS', 'participant', true), person('NHS', 'facilitator'),
    ]), 'a');
    expect(table.rows).toEqual([['NHS', 1], ['Local authority', 2], ['Arts', 1], ['Zoo', 1], ['Not recorded', 2], ['Total', 7]]);
  });

  it('sorts values of a text or number attribute naturally, booleans as Yes and No', () => {
    expect(participantsTable(bundleWith({ name: 'Age band' }, [person(10), person(2), person(2)]), 'a').rows)
      .toEqual([['2', 2], ['10', 1], ['Total', 3]]);
    const paid = participantsTable(bundleWith({ name: 'Paid Carer' }, [person(true), person(false), person(true)]), 'a');
    expect([paid.title, paid.rows]).toEqual(['Participants by paid carer', [['No', 1], ['Yes', 2], ['Total', 3]]]);
  });

  it('gives only the Total for nobody, and refuses an unknown attribute', () => {
    expect(participantsTable(bundleWith({ name: 'Group' }, []), 'a').rows).toEqual([['Total', 0]]);
    expect(() => participantsTable(bundleWith({ name: 'Group' }, []), 'b')).toThrow(/no attribute/);
  });
});
