import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../testing/app.ts';
import { addMember } from '../../testing/fixtures.ts';
import { createToken } from '../users/service.ts';

/** A Bearer-token client for what the cookie test client lacks: PUT and multipart uploads. */
export async function tokenClient(t: TestApp, username: string) {
  const token = await createToken(t.system, username, 'test');
  const headers = { authorization: `Bearer ${token}` };
  return {
    put: (url: string, body: unknown) =>
      t.app.inject({ method: 'PUT', url, headers, payload: body as object }),
    get: (url: string) => t.app.inject({ method: 'GET', url, headers }),
    upload: (url: string, fileName: string, bytes: Uint8Array): Promise<LightMyRequestResponse> => {
      const boundary = `----nenmong${Date.now()}`;
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      );
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
      return t.app.inject({
        method: 'POST',
        url,
        headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([head, Buffer.from(bytes), tail]),
      });
    },
  };
}

/** A small valid PDF's bytes (the type is read from the first bytes). */
export const pdfBytes = (text = 'Nghị quyết tháng') =>
  new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);

/**
 * The members of cell TD.BB.A (smallTree) the meeting tests share: four official members and one
 * probationary member admitted in March 2026.
 */
export async function cellAMembers(t: TestApp) {
  const a = async (name: string, overrides = {}) =>
    (await addMember(t.system, { fullName: name, orgCode: 'TD.BB.A', ...overrides })).id;
  return {
    a1: await a('Lò Văn Một'),
    a2: await a('Lò Văn Hai'),
    a3: await a('Lò Văn Ba'),
    a4: await a('Lò Thị Bốn'),
    probationary: await a('Lò Văn Dự', {
      admissionDecisionDate: '2026-03-01',
      ceremonyDate: '2026-03-10',
      officialDate: null,
      cardNumber: null,
    }),
    /** Adds another member of the cell. */
    add: a,
  };
}
