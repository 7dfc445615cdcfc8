import { ForbiddenError, RateLimitedError } from '@confab/core';
import { expect } from '@open-wc/testing';
import { commonStrings } from './common.strings.js';
import { errorMessage } from './error-message.js';
import { strings as german } from './locales/de.js';

describe('errorMessage', () => {
  const until = '2026-12-24T09:30:00.000Z';

  it('tells a restricted person until when they cannot post, in their language', () => {
    const error = new ForbiddenError('You can read but cannot post until 2026-12-24 09:30 UTC', { restrictedUntil: until });
    const english = errorMessage(error, commonStrings.en);
    expect(english).to.match(/^You can read but cannot post until /);
    expect(english).to.contain('2026');
    expect(errorMessage(error, german)).to.match(/^Sie können lesen, aber bis .*2026.* nichts veröffentlichen\.$/);
  });

  it('keeps the plain "not allowed" for other refusals', () => {
    expect(errorMessage(new ForbiddenError('Only moderators'), commonStrings.en)).to.equal('You are not allowed to do this.');
    expect(errorMessage(new RateLimitedError(3), commonStrings.en)).to.equal('Too many requests. Try again in 3 seconds.');
  });
});
