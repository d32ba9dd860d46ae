import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '@flowforge/contracts';
import { buildMapping, checkFile, initialSelection } from './import-wizard';

const preview: ImportPreview = {
  columns: ['E-Mail', 'Name', 'Team'], delimiter: ';', rows: 2, sample: [],
  suggestedMapping: { email: 'E-Mail', name: 'Name', department: 'Team', title: 'Gone' },
};

describe('import wizard', () => {
  it('starts from the suggested mapping, ignoring columns the file does not have', () => {
    expect(initialSelection(preview)).toEqual({ email: 'E-Mail', name: 'Name', roles: '', externalId: '', status: '', department: 'Team', title: '' });
  });

  it('starts from the mapping chosen before when coming back', () => {
    expect(initialSelection(preview, { email: 'Name', title: 'Team' })).toMatchObject({ email: 'Name', name: '', title: 'Team', department: '' });
  });

  it('builds the mapping to send, or null without an e-mail column', () => {
    const selection = initialSelection(preview);

    expect(buildMapping(selection)).toEqual({ email: 'E-Mail', name: 'Name', department: 'Team' });
    expect(buildMapping({ ...selection, email: '' })).toBeNull();
  });

  it.each([
    [{ name: 'people.csv', type: 'text/csv', size: 10 }, null],
    [{ name: 'people.CSV', type: '', size: 10 }, null],
    [{ name: 'people.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: 10 }, 'not-csv'],
    [{ name: 'people.csv', type: 'text/csv', size: 0 }, 'empty'],
    [{ name: 'people.csv', type: 'text/csv', size: 6 * 1024 * 1024 }, 'too-large'],
  ])('checks %j → %s', (file, problem) => {
    expect(checkFile(file)).toBe(problem);
  });
});
