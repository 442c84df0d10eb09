/** `batch` (BITRIX24-API.md 4.4): 50-command cap, halt as a PHP bool, `$result[…]` substitution. */
import { describe, expect, it } from 'vitest';
import { BatchEnvelopeSchema } from '../../src/api/schemas/batch';
import { PortalTimeSchema } from '../../src/api/schemas/envelope';
import { ADMIN, ADMIN_TOKEN, dig, NOCRM, portalForFile } from './harness';

const portal = portalForFile({ reset: true });

describe('batch', () => {
  it('51 commands: 50 run, the 51st gets ERROR_BATCH_LENGTH_EXCEEDED, HTTP 200', async () => {
    const cmd = Array.from({ length: 51 }, () => 'profile');
    const reply = await portal.json(`${ADMIN}batch`, { cmd });
    expect(reply.status).toBe(200);
    // A list of commands gives JSON arrays for the parts whose keys are 0..n-1 (PHP encoding).
    expect(dig(reply.json, 'result', 'result')).toHaveLength(50);
    expect(dig(reply.json, 'result', 'result_time')).toHaveLength(50);
    expect(dig(reply.json, 'result', 'result_error')).toEqual({
      50: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
    });
    const keyed = Object.fromEntries(cmd.map((c, i) => [`c${i}`, c]));
    const body = BatchEnvelopeSchema.parse((await portal.json(`${ADMIN}batch`, { cmd: keyed })).json).result;
    expect(Object.keys(body.result)).toHaveLength(50);
    expect(Object.keys(body.result_error)).toEqual(['c50']);
  });

  it('empty parts are [] and only keys with data appear', async () => {
    const reply = await portal.json(`${ADMIN}batch`, { cmd: { me: 'profile' } });
    expect(reply.text).toContain('"result_error":[],"result_total":[],"result_next":[]');
    expect(dig(reply.json, 'result', 'result', 'me', 'ID')).toBe('1');
    expect(dig(reply.json, 'result', 'result_time', 'me', 'start')).toEqual(expect.any(Number));
    expect(PortalTimeSchema.safeParse(dig(reply.json, 'time')).success).toBe(true);
    const none = await portal.json(`${ADMIN}batch`, {});
    expect(dig(none.json, 'result')).toEqual({
      result: [],
      result_error: [],
      result_total: [],
      result_next: [],
      result_time: [],
    });
  });

  it('halt stops after the first failing entry; form "false" is a true PHP bool', async () => {
    const cmd = { a: 'profile', b: 'crm.lead.get?id=0', c: 'profile' };
    const full = await portal.json(`${ADMIN}batch`, { halt: 0, cmd });
    expect(Object.keys(dig(full.json, 'result', 'result') as object)).toEqual(['a', 'c']);
    expect(dig(full.json, 'result', 'result_error', 'b')).toEqual({
      error: '',
      error_description: 'ID is not defined or invalid.',
    });
    for (const halt of ['1', 'false', 'true']) {
      const halted = await portal.form(`${ADMIN}batch`, { halt, cmd });
      expect(Object.keys(dig(halted.json, 'result', 'result') as object)).toEqual(['a']);
      expect(Object.keys(dig(halted.json, 'result', 'result_error') as object)).toEqual(['b']);
    }
  });

  it('$result[...] substitution, total/next per command, parameters in PHP bracket syntax', async () => {
    const reply = await portal.form(`${ADMIN}batch`, {
      cmd: {
        add: 'crm.lead.add?fields[TITLE]=Batch lead&fields[PHONE][0][VALUE]=%2B1 555 0123',
        get: 'crm.lead.get?id=$result[add]',
        same: 'crm.lead.list?filter[TITLE]=$result[get][TITLE]&select[]=ID',
        page: 'crm.lead.list?select[]=ID',
      },
    });
    const body = BatchEnvelopeSchema.parse(reply.json).result;
    const id = dig(body.result, 'add');
    expect(id).toEqual(expect.any(Number));
    expect(dig(body.result, 'get')).toMatchObject({
      ID: String(id),
      TITLE: 'Batch lead',
      PHONE: [expect.objectContaining({ VALUE: '+1 555 0123' })],
    });
    expect(dig(body.result, 'same')).toEqual([{ ID: String(id) }]);
    expect(body.result_total).toEqual({ same: 1, page: 31 });
    expect(body.result_next).toEqual({}); // 31 leads fit one page
  });

  it('nested batch and download are refused per entry; OAuth auth carries over', async () => {
    const reply = await portal.json('/rest/batch', {
      auth: ADMIN_TOKEN,
      cmd: { inner: 'batch?cmd[x]=profile', dl: 'download', ok: 'user.current', nope: 'no.such.method' },
    });
    const body = BatchEnvelopeSchema.parse(reply.json).result;
    const notAllowed = {
      error: 'ERROR_BATCH_METHOD_NOT_ALLOWED',
      error_description: 'Method is not allowed for batch usage',
    };
    expect(body.result_error).toEqual({
      inner: notAllowed,
      dl: notAllowed,
      nope: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' },
    });
    expect(dig(body.result, 'ok')).toMatchObject({ ID: '1' });
  });

  it('sub-calls are checked against the caller scope', async () => {
    const reply = await portal.json(`${NOCRM}batch`, { cmd: ['user.current', 'crm.lead.fields'] });
    expect(reply.status).toBe(200);
    expect(dig(reply.json, 'result', 'result', 0, 'ID')).toBe('3');
    expect(dig(reply.json, 'result', 'result_error', 1, 'error')).toBe('insufficient_scope');
  });
});
