import { describe, expect, it } from 'vitest';
import { OperationAnswerSchema, operationOutcome } from './operation-status';

const outcomeOf = (body: unknown) => operationOutcome(OperationAnswerSchema.parse(body));

describe('operationOutcome', () => {
  it('is done on the documented {"status":"success"}, with or without other fields', () => {
    expect(outcomeOf({ status: 'success' })).toEqual({ done: true });
    expect(outcomeOf({ status: 'success', recheckAfterSeconds: 20 })).toEqual({ done: true });
  });

  it('is a refusal in the portal’s words on {"status":"failed","messages":[…]}', () => {
    expect(outcomeOf({ status: 'failed', messages: ['Unable to release the license.'] })).toEqual({
      done: false,
      messages: ['Unable to release the license.'],
    });
    expect(outcomeOf({ status: 'failed', messages: ['', 'Second line.', 3] })).toEqual({ done: false, messages: ['Second line.'] });
    expect(outcomeOf({ status: 'failed', messages: 'One line.' })).toEqual({ done: false, messages: ['One line.'] });
  });

  it('never assumes success: no status, another status, or an empty answer are refusals that say what came back', () => {
    for (const [body, said] of [
      [{}, 'no status'],
      [{ status: 'failed' }, '"status":"failed"'],
      [{ status: 'Success ' }, '"status":"Success "'],
      [{ success: true }, 'no status'],
      [{ status: true }, 'no status'],
    ] as const) {
      const outcome = outcomeOf(body);
      expect(outcome.done).toBe(false);
      if (!outcome.done) expect(outcome.messages).toEqual([expect.stringContaining(said)]);
    }
  });
});
