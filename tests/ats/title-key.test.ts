import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { titleKey } from '../../src/ats/title-key.ts';

describe('titleKey', () => {
  it('ignores case, accents, punctuation and spacing, and reads "Sr." as "Senior"', () => {
    assert.equal(titleKey('Sr. Backend-Engineer'), 'senior backend engineer');
    assert.equal(titleKey('  SENIOR   backend engineer '), 'senior backend engineer');
    assert.equal(titleKey('Jr Développeur (Remote)'), 'junior developpeur remote');
    assert.equal(titleKey('Research & Development Lead'), 'research and development lead');
    assert.equal(titleKey('Engineering Mgr, Platform'), 'engineering manager platform');
  });
});
