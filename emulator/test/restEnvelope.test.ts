/**
 * The HTTP surface (BITRIX24-API.md 4): URL forms, parameter encodings (JSON, forms, multipart,
 * GET), the success envelope and its headers, error bodies and CORS.
 */
import { describe, expect, it } from 'vitest';
import { PortalErrorBodySchema } from '../../src/api/schemas/envelope';
import { ADMIN, ADMIN_TOKEN, dig, errorBody, portalForFile } from './harness';

const portal = portalForFile();

describe('URLs, parameters, envelope', () => {
  it('webhook and OAuth URL forms, optional .json, method names in any case, GET and POST', async () => {
    const answers = await Promise.all([
      portal.get(`${ADMIN}profile`),
      portal.get(`${ADMIN}PROFILE.json`),
      portal.json(`${ADMIN}Profile.JSON`, {}),
      portal.get(`/rest/profile.json?auth=${ADMIN_TOKEN}`),
      portal.form('/rest/profile', { auth: ADMIN_TOKEN }),
      fetch(`${portal.url}/rest/profile`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }).then((r) =>
        r.json(),
      ),
    ]);
    for (const answer of answers) {
      const json = 'json' in answer && 'status' in answer ? answer.json : answer;
      expect(dig(json, 'result', 'ID')).toBe('1');
    }
  });

  it('body wins over the query; unknown params and SDK telemetry are ignored', async () => {
    const reply = await portal.json(`${ADMIN}crm.lead.get?id=1&bx24_request_id=x&bx24_sdk_ver=2.2.0`, {
      id: 1590,
      junk: 1,
    });
    expect(dig(reply.json, 'result', 'ID')).toBe('1590');
    const queryOnly = await portal.form(`${ADMIN}crm.lead.get?id=1596`, { other: 'x' });
    expect(dig(queryOnly.json, 'result', 'ID')).toBe('1596');
  });

  it('malformed JSON is "no parameters"; JSON is not read when the POST has form fields', async () => {
    const bad = await fetch(`${portal.url}${ADMIN}crm.lead.get?id=1590`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"id": 1596,',
    });
    expect(dig(await bad.json(), 'result', 'ID')).toBe('1590');
    const form = await fetch(`${portal.url}${ADMIN}crm.lead.get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'id=1602',
    });
    expect(dig(await form.json(), 'result', 'ID')).toBe('1602');
  });

  it('multipart/form-data is read with bracket syntax too', async () => {
    const data = new FormData();
    data.append('fields[TITLE]', 'Multipart lead');
    data.append('fields[EMAIL][0][VALUE]', 'mp@example.com');
    const added = await fetch(`${portal.url}${ADMIN}crm.lead.add`, { method: 'POST', body: data });
    const id = dig(await added.json(), 'result');
    const lead = await portal.json(`${ADMIN}crm.lead.get`, { id });
    expect(dig(lead.json, 'result', 'TITLE')).toBe('Multipart lead');
    expect(dig(lead.json, 'result', 'EMAIL', 0, 'VALUE')).toBe('mp@example.com');
  });

  it('success envelope and headers; PHP-style JSON escaping', async () => {
    const reply = await portal.get(`${ADMIN}user.get?ID=3`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
    expect(reply.headers.get('access-control-allow-headers')).toBe('origin, content-type, accept');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.text).toContain('"NAME":"\\u0418\\u0432\\u0430\\u043d"'); // Иван
    expect(reply.text).toContain('"TIMESTAMP_X":{}');
    expect(dig(reply.json, 'result', 0, 'NAME')).toBe('Иван');
    expect(Object.keys(reply.json as object)).toEqual(['result', 'total', 'time']);
  });

  it('OPTIONS answers 200 with the CORS headers and never reaches a method', async () => {
    const res = await fetch(`${portal.url}${ADMIN}crm.lead.add`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://example.com', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('origin, content-type, accept');
    expect(await res.text()).toBe('');
  });

  it('errors carry only {error, error_description} with the portal status, and CORS headers', async () => {
    const reply = await portal.get('/rest/no.such.method');
    expect(reply.status).toBe(404);
    expect(PortalErrorBodySchema.strict().parse(reply.json)).toEqual(
      errorBody('ERROR_METHOD_NOT_FOUND', 'Method not found!'),
    );
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
    const missing = await portal.get(`${ADMIN}`);
    expect(missing.status).toBe(404);
  });
});
