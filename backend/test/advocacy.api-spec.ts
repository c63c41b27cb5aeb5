import { EntityManager } from '@mikro-orm/postgresql';
import request from 'supertest';
import { SendsService } from '../src/modules/advocacy/sends.service';
import { seedOfficials } from '../src/modules/advocacy/officials-seed';
import { SEED_OFFICIALS } from '../src/modules/advocacy/seed/officials.data';
import { advocate, BRIEF, CAMPAIGN, createBrief, importOfficials, pdfTextAndInfo, publishedCampaign, settleDeliveries, uniqueInstitution } from './helpers/advocacy';
import { binary, eventually } from './helpers/certificates';
import { bearer } from './helpers/classroom';
import { createAccount, grantRoles, startTestApp, tokenFromMail, uniqueEmail, type Account, type TestApp } from './helpers/test-app';

/**
 * Advocacy through the API as advocates and the public use it: the officials directory and its CSV import,
 * campaigns and double opt-in sign-ons, versioned briefs and their PDF, replies and the public record.
 * Sending itself (SMTP failures, restarts, two instances) is in advocacy-sends.api-spec.ts.
 */
describe('advocacy', () => {
  let t: TestApp;
  let adv: Account;
  let otherAdv: Account;
  let learner: Account;
  let admin: Account;

  beforeAll(async () => {
    t = await startTestApp({ MAIL_RATE_PER_MINUTE: '100000' });
    [adv, otherAdv, learner, admin] = await Promise.all([advocate(t, 'Lucía Incidencia'), advocate(t, 'Otra Incidencia'), createAccount(t), createAccount(t)]);
    await grantRoles(t, admin.id, ['admin']);
  });

  afterAll(async () => {
    await settleDeliveries(t);
    await t.close();
  });

  describe('who may do what', () => {
    const officialId = '00000000-0000-4000-8000-000000000000';
    const advocateRoutes: [string, string][] = [
      ['get', '/api/officials'],
      ['post', '/api/officials'],
      ['post', '/api/officials/import'],
      ['patch', `/api/officials/${officialId}`],
      ['get', '/api/campaigns/mine'],
      ['post', '/api/campaigns'],
      ['patch', `/api/campaigns/${officialId}`],
      ['post', `/api/campaigns/${officialId}/briefs`],
      ['get', `/api/briefs/${officialId}`],
      ['put', `/api/briefs/${officialId}`],
      ['get', `/api/briefs/${officialId}/versions`],
      ['get', `/api/briefs/${officialId}/pdf`],
      ['post', `/api/briefs/${officialId}/sends`],
      ['get', `/api/briefs/${officialId}/deliveries`],
      ['get', `/api/sends/${officialId}`],
      ['post', `/api/deliveries/${officialId}/replies`],
      ['post', `/api/deliveries/${officialId}/retry`],
      ['get', '/api/advocacy/follow-ups'],
    ];

    it.each(advocateRoutes)('%s %s: 401 without a session, 403 for a learner', async (method, path) => {
      const agent = request(t.http) as unknown as Record<string, (p: string) => request.Test>;
      await agent[method](path).send({}).expect(401);
      await agent[method](path).set(bearer(learner)).send({}).expect(403);
    });

    it('an advocate who does not run a campaign gets 403 on it, its briefs and sends; an admin may', async () => {
      const c = await publishedCampaign(t, adv);
      const briefId = await createBrief(t, adv, c.id);
      await request(t.http).patch(`/api/campaigns/${c.id}`).set(bearer(otherAdv)).send({ title: 'Otra cosa distinta' }).expect(403);
      await request(t.http).post(`/api/campaigns/${c.id}/briefs`).set(bearer(otherAdv)).send(BRIEF).expect(403);
      await request(t.http).get(`/api/briefs/${briefId}`).set(bearer(otherAdv)).expect(403);
      await request(t.http).put(`/api/briefs/${briefId}`).set(bearer(otherAdv)).send(BRIEF).expect(403);
      await request(t.http).get(`/api/briefs/${briefId}/pdf`).set(bearer(otherAdv)).expect(403);
      await request(t.http).post(`/api/briefs/${briefId}/sends?dryRun=true`).set(bearer(otherAdv)).send({ filter: { country: 'ES' }, subject: 'Asunto', message: 'Un mensaje de prueba.' }).expect(403);
      await request(t.http).get(`/api/briefs/${briefId}/deliveries`).set(bearer(otherAdv)).expect(403);
      await request(t.http).get(`/api/briefs/${briefId}`).set(bearer(admin)).expect(200);
      // Co-advocates: named by the owner, they may edit; they may not change the team.
      await request(t.http).patch(`/api/campaigns/${c.id}`).set(bearer(adv)).send({ coAdvocates: [otherAdv.email] }).expect(200);
      await request(t.http).get(`/api/briefs/${briefId}`).set(bearer(otherAdv)).expect(200);
      const team = await request(t.http).patch(`/api/campaigns/${c.id}`).set(bearer(otherAdv)).send({ coAdvocates: [] }).expect(403);
      expect(team.body.message).toMatch(/responsable/);
    });

    it('public routes answer without a session', async () => {
      await request(t.http).get('/api/campaigns').expect(200);
      await request(t.http).get('/api/campaigns/no-existe-esta-campana').expect(404);
      await request(t.http).post('/api/signatures/confirm').send({ token: 'x'.repeat(43) }).expect(400);
    });
  });

  describe('officials directory', () => {
    it('ships the real directory: emails only where an official source states them', async () => {
      const em = t.app.get(EntityManager);
      await seedOfficials(em);
      expect(await seedOfficials(em)).toBe(0); // a second run adds nothing
      const res = await request(t.http).get('/api/officials?active=all&pageSize=500').set(bearer(adv)).expect(200);
      const seeded = (res.body.items as { seeded: boolean; email: string | null; needsVerification: boolean; institution: string; sourceUrl: string | null }[]).filter((o) => o.seeded);
      expect(seeded.length).toBe(SEED_OFFICIALS.length);
      expect(seeded.filter((o) => o.email).map((o) => o.email).sort()).toEqual(['012immigracio@gencat.cat', 'registro@defensordelpueblo.es', 'sindicadegreuges@bcn.cat']);
      for (const o of seeded) if (!o.email) expect(o.needsVerification).toBe(true);
      expect(seeded.some((o) => o.institution === 'Defensor del Pueblo')).toBe(true);
      for (const o of seeded) if (o.sourceUrl) expect(o.sourceUrl).toMatch(/^https?:\/\//);
    });

    it('creates and edits an official; bad input names the field in the user’s language', async () => {
      const email = uniqueEmail('oficial');
      const created = await request(t.http)
        .post('/api/officials')
        .set(bearer(adv))
        .send({ name: 'Elena Prueba', position: 'Directora', institution: uniqueInstitution(), level: 'national', country: 'es', email: email.toUpperCase(), sourceUrl: 'https://www.example.org/fuente', lastVerifiedOn: '2026-11-01' })
        .expect(201);
      expect(created.body).toMatchObject({ email, country: 'ES', needsVerification: false, sendable: true, seeded: false });
      const patched = await request(t.http).patch(`/api/officials/${created.body.id}`).set(bearer(adv)).send({ active: false, position: null }).expect(200);
      expect(patched.body).toMatchObject({ active: false, position: null, sendable: false });

      const bad = await request(t.http).post('/api/officials').set(bearer(adv)).send({ name: 'X', institution: 'Algo', level: 'planetary', country: 'España', email: 'no-es-correo', contactUrl: 'javascript:alert(1)' }).expect(400);
      const fields = (bad.body.details as { field: string; message: string }[]).map((d) => d.field).sort();
      expect(fields).toEqual(['contactUrl', 'country', 'email', 'level', 'name']);
      expect(bad.body.details[0].message).toMatch(/^El campo «/);
      const en = await request(t.http).post('/api/officials').set(bearer(adv)).set('Cookie', 'lang=en').send({ name: 'Xy', institution: 'Algo', level: 'planetary', country: 'ES' }).expect(400);
      expect(en.body.details[0].message).toMatch(/^The field "level"/);

      const dup = await request(t.http).post('/api/officials').set(bearer(adv)).send({ name: 'Otra persona', institution: 'Algo', level: 'local', country: 'ES', email }).expect(409);
      expect(dup.body.message).toMatch(/correo/);
    });

    it('CSV import: a dry run reports each broken row; a broken file imports nothing unless asked; duplicates by email update', async () => {
      const institution = uniqueInstitution('Consejería');
      const [a, b] = [uniqueEmail('csv-a'), uniqueEmail('csv-b')];
      // Spanish headers, semicolons, a BOM, a quoted field with the separator inside, an unknown column.
      const csv = [
        '\uFEFFnombre;cargo;institución;nivel;país;región;correo;fuente;verificado;activo;color',
        `Ana Pérez;"Directora; área de migraciones";${institution};autonómico;es;Murcia;${a};https://murciasocial.carm.es;2026-10-01;sí;azul`,
        `;Jefe;${institution};regional;ES;Murcia;x@;ftp://mal;2026-02-30;quizá;`,
        `Bruno Díaz;;${institution};planetario;España;;${b};;;;`,
        `Ana Pérez bis;;${institution};regional;ES;;${a.toUpperCase()};;;;`,
      ].join('\r\n');

      const dry = await request(t.http).post('/api/officials/import?dryRun=true').set(bearer(adv)).send({ csv }).expect(200);
      expect(dry.body).toMatchObject({ dryRun: true, imported: false, rows: 4, valid: 1, invalid: 3, created: 1, updated: 0, ignoredColumns: ['color'] });
      const line3 = dry.body.lines.find((l: { line: number }) => l.line === 3);
      expect(line3.action).toBe('error');
      expect(line3.problems.map((p: { field: string }) => p.field).sort()).toEqual(['active', 'email', 'lastVerifiedOn', 'name', 'sourceUrl']);
      const line4 = dry.body.lines.find((l: { line: number }) => l.line === 4);
      expect(line4.problems.map((p: { field: string }) => p.field).sort()).toEqual(['country', 'level']);
      const line5 = dry.body.lines.find((l: { line: number }) => l.line === 5);
      expect(line5.problems).toEqual([{ field: 'email', message: 'ya aparece en la línea 2 de este archivo' }]);

      const refused = await request(t.http).post('/api/officials/import').set(bearer(adv)).send({ csv }).expect(200);
      expect(refused.body.imported).toBe(false);
      const none = await request(t.http).get(`/api/officials?institution=${encodeURIComponent(institution)}`).set(bearer(adv)).expect(200);
      expect(none.body.total).toBe(0);

      const partial = await request(t.http).post('/api/officials/import').set(bearer(adv)).send({ csv, importValidRows: true }).expect(200);
      expect(partial.body).toMatchObject({ imported: true, created: 1, invalid: 3 });
      const one = await request(t.http).get(`/api/officials?institution=${encodeURIComponent(institution)}`).set(bearer(adv)).expect(200);
      expect(one.body.items).toEqual([expect.objectContaining({ name: 'Ana Pérez', position: 'Directora; área de migraciones', level: 'regional', region: 'Murcia', email: a, lastVerifiedOn: '2026-10-01', needsVerification: false })]);

      // The same address again updates the row (never a second one); so does a row without email matched by name.
      const again = `name,institution,level,country,email,position\nAna Pérez Gómez,${institution},regional,ES,${a},Consejera\nSin Correo,${institution},local,ES,,`;
      const upd = await request(t.http).post('/api/officials/import').set(bearer(adv)).send({ csv: again }).expect(200);
      expect(upd.body).toMatchObject({ imported: true, created: 1, updated: 1 });
      const twice = await request(t.http).post('/api/officials/import').set(bearer(adv)).send({ csv: again }).expect(200);
      expect(twice.body).toMatchObject({ created: 0, updated: 2 });
      const after = await request(t.http).get(`/api/officials?institution=${encodeURIComponent(institution)}`).set(bearer(adv)).expect(200);
      expect(after.body.total).toBe(2);
      expect(after.body.items.find((o: { email: string | null }) => o.email === a)).toMatchObject({ name: 'Ana Pérez Gómez', position: 'Consejera' });

      // A file without the notes/active columns leaves them as they were; a deactivated official stays so.
      const official = after.body.items.find((o: { email: string | null }) => o.email === a);
      await request(t.http).patch(`/api/officials/${official.id}`).set(bearer(adv)).send({ active: false, notes: 'Nota de una persona' }).expect(200);
      await request(t.http).post('/api/officials/import').set(bearer(adv)).send({ csv: `name,institution,level,country,email\nAna Pérez Gómez,${institution},regional,ES,${a}` }).expect(200);
      const kept = await request(t.http).get(`/api/officials/${official.id}`).set(bearer(adv)).expect(200);
      expect(kept.body).toMatchObject({ active: false, notes: 'Nota de una persona', position: 'Consejera', region: 'Murcia' });

      // Lines as the file numbers them (a quoted cell over two lines, a blank line); a row twice without email.
      const tricky = `name,institution,level,country,notes\n"Varias\nlíneas",${institution},local,ES,x\n\nSin Correo 2,${institution},local,ES,\nSin Correo 2,${institution},planetario,ES,\nsin correo 2,${institution},local,ES,`;
      const lines = await request(t.http).post('/api/officials/import?dryRun=true').set(bearer(adv)).send({ csv: tricky }).expect(200);
      expect(lines.body.lines.map((l: { line: number; action: string }) => [l.line, l.action])).toEqual([[2, 'create'], [5, 'create'], [6, 'error'], [7, 'error']]);
      expect(lines.body.lines[3].problems).toEqual([{ field: 'name', message: 'ya aparece en la línea 5 de este archivo' }]);

      const noHeader = await request(t.http).post('/api/officials/import').set(bearer(adv)).send({ csv: 'foo,bar\n1,2' }).expect(422);
      expect(noHeader.body.message).toMatch(/Faltan columnas obligatorias.*name.*institution/);
      await request(t.http).post('/api/officials/import').set(bearer(adv)).send({ csv: 'name,institution,level,country\n' }).expect(422);
      await request(t.http).post('/api/officials/import').set(bearer(adv)).send({ csv: 'name,institution,level,country\n"sin cerrar,x,national,ES' }).expect(422);
    });
  });

  describe('campaigns and sign-ons', () => {
    it('a draft is seen only by its team; publishing lists it; the slug comes from the title', async () => {
      const draft = await request(t.http)
        .post('/api/campaigns')
        .set(bearer(adv))
        .send({ title: 'Reagrupación familiar sin esperas', ...CAMPAIGN })
        .expect(201);
      expect(draft.body).toMatchObject({ status: 'draft', slug: expect.stringMatching(/^reagrupacion-familiar-sin-esperas/) });
      expect(draft.body.manage).toMatchObject({ problem: CAMPAIGN.problem, canManageTeam: true });
      await request(t.http).get(`/api/campaigns/${draft.body.slug}`).expect(404);
      await request(t.http).get(`/api/campaigns/${draft.body.slug}`).set(bearer(otherAdv)).expect(404);
      await request(t.http).get(`/api/campaigns/${draft.body.slug}`).set(bearer(adv)).expect(200);
      const mine = await request(t.http).get('/api/campaigns/mine').set(bearer(adv)).expect(200);
      expect(mine.body.map((c: { id: string }) => c.id)).toContain(draft.body.id);

      const closedDraft = await request(t.http).patch(`/api/campaigns/${draft.body.id}`).set(bearer(adv)).send({ status: 'closed' }).expect(400);
      expect(closedDraft.body.details).toEqual([expect.objectContaining({ field: 'status', rule: 'publishFirst' })]);
      // A draft's brief can be previewed, not sent: the email links to a public page it does not have yet.
      const draftBrief = await createBrief(t, adv, draft.body.id);
      const draftOfficial = await request(t.http).post('/api/officials').set(bearer(adv)).send({ name: 'Oficina de prueba', institution: uniqueInstitution(), level: 'local', country: 'ES', email: uniqueEmail('borrador') }).expect(201);
      const sendDraft = { officialIds: [draftOfficial.body.id], subject: 'Informe', message: 'Un mensaje de prueba.' };
      await request(t.http).post(`/api/briefs/${draftBrief}/sends?dryRun=true`).set(bearer(adv)).send(sendDraft).expect(201);
      const refused = await request(t.http).post(`/api/briefs/${draftBrief}/sends`).set(bearer(adv)).send(sendDraft).expect(409);
      expect(refused.body.message).toMatch(/Publica la campaña/);
      await request(t.http).patch(`/api/campaigns/${draft.body.id}`).set(bearer(adv)).send({ status: 'published' }).expect(200);
      const pub = await request(t.http).get(`/api/campaigns/${draft.body.slug}`).expect(200);
      expect(pub.body).toMatchObject({ status: 'published', manage: null, ownerName: 'Lucía Incidencia', signatureCount: 0 });
      expect(pub.body.problemHtml).toContain('<h3>El problema</h3>');
      const list = await request(t.http).get('/api/campaigns').expect(200);
      expect(list.body.map((c: { slug: string }) => c.slug)).toContain(draft.body.slug);

      const taken = await request(t.http).post('/api/campaigns').set(bearer(adv)).send({ title: 'Otra campaña', slug: draft.body.slug, ...CAMPAIGN }).expect(400);
      expect(taken.body.details).toEqual([expect.objectContaining({ field: 'slug', rule: 'slugTaken', message: 'El campo «slug» ya lo usa otra campaña' })]);
      const bad = await request(t.http).post('/api/campaigns').set(bearer(adv)).send({ title: 'Una campaña', ...CAMPAIGN, audiences: ['martians'], coAdvocates: [learner.email] }).expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['audiences']);
      const notAdvocate = await request(t.http).post('/api/campaigns').set(bearer(adv)).send({ title: 'Una campaña', ...CAMPAIGN, coAdvocates: [learner.email] }).expect(400);
      expect(notAdvocate.body.details).toEqual([expect.objectContaining({ field: 'coAdvocates.0', rule: 'advocateAccount' })]);
    });

    it('double opt-in: only confirmed signatures count, one per email, the public list never shows an email, withdrawal deletes', async () => {
      const c = await publishedCampaign(t, adv);
      const email = uniqueEmail('firma');
      const sign = (body: Record<string, unknown>) => request(t.http).post(`/api/campaigns/${c.slug}/signatures`).send(body);
      const base = { name: 'María Quishpe', email, city: 'Madrid', country: 'es', organisation: 'Asociación Rumiñahui', showName: true, consent: true };

      const noConsent = await sign({ ...base, consent: false }).expect(400);
      expect(noConsent.body.details).toEqual([expect.objectContaining({ field: 'consent' })]);
      const missing = await sign({ consent: true }).expect(400);
      expect(missing.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['city', 'country', 'email', 'name', 'showName']);

      expect((await sign(base).expect(202)).body).toEqual({ status: 'pending' });
      const mail = await t.mail.waitFor(email, (m) => /Confirma tu firma/.test(m.subject ?? ''));
      expect(mail.text).toContain('/firmas/retirar?token=');
      let page = await request(t.http).get(`/api/campaigns/${c.slug}`).expect(200);
      expect(page.body.signatureCount).toBe(0);

      const token = tokenFromMail(mail);
      const confirmed = await request(t.http).post('/api/signatures/confirm').send({ token }).expect(200);
      expect(confirmed.body).toEqual({ status: 'confirmed', campaignSlug: c.slug, campaignTitle: expect.any(String) });
      await request(t.http).post('/api/signatures/confirm').send({ token }).expect(200); // idempotent

      // A hidden signer counts but is not listed; their organisation is not listed either.
      const hidden = uniqueEmail('oculta');
      await sign({ ...base, name: 'Persona Reservada', email: hidden, organisation: 'Colectivo Oculto', showName: false }).expect(202);
      await request(t.http).post('/api/signatures/confirm').send({ token: tokenFromMail(await t.mail.waitFor(hidden)) }).expect(200);

      // Signing again with the same address (even in other case) does not add a row and does not change a confirmed one.
      await sign({ ...base, email: email.toUpperCase(), name: 'Nombre Cambiado' }).expect(202);
      page = await request(t.http).get(`/api/campaigns/${c.slug}`).expect(200);
      expect(page.body.signatureCount).toBe(2);
      const list = await request(t.http).get(`/api/campaigns/${c.slug}/signatures`).expect(200);
      expect(list.body).toMatchObject({ confirmed: 2, shown: 1, organisations: ['Asociación Rumiñahui'], organisationCount: 1 });
      expect(list.body.signers).toEqual([{ name: 'María Quishpe', city: 'Madrid', organisation: 'Asociación Rumiñahui', signedAt: expect.any(String) }]);
      const everything = JSON.stringify([list.body, page.body]);
      expect(everything).not.toContain(email.split('@')[0]);
      expect(everything).not.toContain('Persona Reservada');
      expect(everything).not.toContain('Colectivo Oculto');

      const withdrawn = await request(t.http).post('/api/signatures/withdraw').send({ token }).expect(200);
      expect(withdrawn.body.status).toBe('withdrawn');
      await request(t.http).post('/api/signatures/withdraw').send({ token }).expect(400);
      const rows = await t.app.get(EntityManager).fork().getConnection().execute('select count(*)::int as n from campaign_signatures where email = ?', [email]);
      expect(rows[0].n).toBe(0);
      expect((await request(t.http).get(`/api/campaigns/${c.slug}`).expect(200)).body.signatureCount).toBe(1);

      // The public page lists the first 200 organisations and says how many there are.
      await t.app.get(EntityManager).fork().getConnection().execute(
        `insert into campaign_signatures (id, campaign_id, name, email, city, country, organisation, show_name, locale, token_hash, consent_at, confirmed_at)
         select gen_random_uuid(), c.id, 'Firmante ' || i, 'org' || i || '@example.org', 'Quito', 'EC', 'Organización ' || lpad(i::text, 3, '0'), true, 'es', md5(random()::text || i), now(), now()
           from campaigns c, generate_series(1, 205) i where c.slug = ?`,
        [c.slug],
      );
      const many = await request(t.http).get(`/api/campaigns/${c.slug}/signatures`).expect(200);
      expect(many.body).toMatchObject({ organisationCount: 205 });
      expect(many.body.organisations).toHaveLength(200);
      expect(many.body.organisations[0]).toBe('Organización 001');
      expect(many.body.signers).toHaveLength(100);

      // A closed campaign takes no more signatures.
      await request(t.http).patch(`/api/campaigns/${c.id}`).set(bearer(adv)).send({ status: 'closed' }).expect(200);
      const closed = await sign({ ...base, email: uniqueEmail('tarde') }).expect(409);
      expect(closed.body.message).toMatch(/ya no recoge firmas/);
    });
  });

  describe('briefs', () => {
    it('each save is a new version, an identical save is not; the PDF carries title, citations and the signature count', async () => {
      const c = await publishedCampaign(t, adv, 'Campaña del informe en PDF');
      for (const n of [1, 2]) {
        const email = uniqueEmail(`firma${n}`);
        await request(t.http).post(`/api/campaigns/${c.slug}/signatures`).send({ name: `Firmante ${n}`, email, city: 'Quito', country: 'EC', organisation: `Organización ${n}`, showName: true, consent: true }).expect(202);
        await request(t.http).post('/api/signatures/confirm').send({ token: tokenFromMail(await t.mail.waitFor(email)) }).expect(200);
      }
      const briefId = await createBrief(t, adv, c.id);
      const v2 = await request(t.http).put(`/api/briefs/${briefId}`).set(bearer(adv)).send({ ...BRIEF, title: 'Citas a tiempo: informe revisado' }).expect(200);
      expect(v2.body).toMatchObject({ latestVersion: 2, version: { number: 2, title: 'Citas a tiempo: informe revisado', authorName: 'Lucía Incidencia', frozenAt: null }, confirmedSignatures: 2 });
      expect(v2.body.version.bodyHtml).toContain('<li>Renovación en los 2 meses anteriores</li>');
      const same = await request(t.http).put(`/api/briefs/${briefId}`).set(bearer(adv)).send({ ...BRIEF, title: 'Citas a tiempo: informe revisado' }).expect(200);
      expect(same.body.latestVersion).toBe(2);
      const versions = await request(t.http).get(`/api/briefs/${briefId}/versions`).set(bearer(adv)).expect(200);
      expect(versions.body.map((v: { number: number }) => v.number)).toEqual([2, 1]);
      const v1 = await request(t.http).get(`/api/briefs/${briefId}?version=1`).set(bearer(adv)).expect(200);
      expect(v1.body.version.title).toBe(BRIEF.title);
      await request(t.http).get(`/api/briefs/${briefId}?version=9`).set(bearer(adv)).expect(404);

      const pdf = await request(t.http).get(`/api/briefs/${briefId}/pdf`).set(bearer(adv)).buffer(true).parse(binary).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const { text, info } = pdfTextAndInfo(pdf.body as Buffer);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Citas a tiempo: informe revisado');
      expect(flat).toContain('Campaña del informe en PDF');
      expect(flat).toContain('Real Decreto 1155/2024, de 19 de noviembre');
      expect(flat).toContain('https://www.boe.es/eli/es/rd/2024/11/19/1155');
      expect(flat).toContain(`${t.config.publicUrl}/comparativa/arraigo`);
      expect(flat).toContain('2 firmas confirmadas');
      expect(flat).toContain('Organización 1');
      expect(flat).toContain('Lucía Incidencia');
      expect(info).toMatch(/Title:\s+Citas a tiempo: informe revisado/);

      const bad = await request(t.http).put(`/api/briefs/${briefId}`).set(bearer(adv)).send({ ...BRIEF, citations: [{ text: 'x', url: 'javascript:alert(1)' }], recommendations: 'no es lista' }).expect(400);
      expect([...new Set(bad.body.details.map((d: { field: string }) => d.field))].sort()).toEqual(['citations.0.text', 'citations.0.url', 'recommendations']);
    });
  });

  describe('sends, replies and the public record', () => {
    it('dry run shows each personalised email; the send delivers one per official; replies show on the public page; follow-ups are reminded once', async () => {
      const c = await publishedCampaign(t, adv, 'Campaña con respuestas');
      const briefId = await createBrief(t, adv, c.id);
      const institution = uniqueInstitution('Ministerio');
      const emails = await importOfficials(t, adv, institution, 3);
      const noEmail = await request(t.http).post('/api/officials').set(bearer(adv)).send({ name: 'Oficina sin correo', institution, level: 'national', country: 'ES' }).expect(201);
      const unverified = await request(t.http).post('/api/officials').set(bearer(adv)).send({ name: 'Contacto dudoso', institution, level: 'national', country: 'ES', email: uniqueEmail('dudoso'), needsVerification: true }).expect(201);
      const body = { filter: { institution }, subject: 'Informe sobre citas', message: 'Les enviamos nuestro informe.\n\nQuedamos a su disposición.' };

      const dry = await request(t.http).post(`/api/briefs/${briefId}/sends?dryRun=true`).set(bearer(adv)).send(body).expect(201);
      expect(dry.body).toMatchObject({ dryRun: true, sendId: null, version: 1, toSend: 3, skipped: 2 });
      expect(dry.body.recipients.find((r: { officialId: string }) => r.officialId === unverified.body.id)).toMatchObject({ outcome: 'needs_verification', preview: null });
      const withUnverified = await request(t.http).post(`/api/briefs/${briefId}/sends?dryRun=true`).set(bearer(adv)).send({ ...body, includeUnverified: true }).expect(201);
      expect(withUnverified.body.toSend).toBe(4);
      const first = dry.body.recipients.find((r: { email: string }) => r.email === emails[0]);
      expect(first.outcome).toBe('will_send');
      expect(first.preview.text).toContain('Estimado/a Persona 1, Directora general 1:');
      expect(first.preview.text).toContain('Les enviamos nuestro informe.');
      expect(first.preview).toMatchObject({ replyTo: adv.email, attachment: expect.stringMatching(/^informe-.*-v1\.pdf$/) });
      expect(dry.body.recipients.find((r: { officialId: string }) => r.officialId === noEmail.body.id).outcome).toBe('no_email');
      // A dry run writes nothing.
      expect((await request(t.http).get(`/api/briefs/${briefId}/deliveries`).set(bearer(adv)).expect(200)).body.deliveries).toHaveLength(0);

      const sent = await request(t.http).post(`/api/briefs/${briefId}/sends`).set(bearer(adv)).send(body).expect(201);
      expect(sent.body).toMatchObject({ dryRun: false, toSend: 3 });
      const progress = await eventually(async () => {
        const r = await request(t.http).get(`/api/sends/${sent.body.sendId}`).set(bearer(adv)).expect(200);
        return r.body.finished ? r.body : null;
      });
      expect(progress.counts).toMatchObject({ sent: 3, queued: 0, failed: 0 });
      const m = await t.mail.waitFor(emails[1]);
      expect(m.replyTo?.value[0].address).toBe(adv.email);
      expect(m.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);

      // The same version to the same officials again: nobody is left to send to.
      const again = await request(t.http).post(`/api/briefs/${briefId}/sends`).set(bearer(adv)).send(body).expect(422);
      expect(again.body.message).toMatch(/ya recibieron esta versión/);
      // The version is frozen: its PDF is the one that was attached.
      const pdf = await request(t.http).get(`/api/briefs/${briefId}/pdf?version=1`).set(bearer(adv)).buffer(true).parse(binary).expect(200);
      expect(Buffer.compare(pdf.body as Buffer, m.attachments[0].content)).toBe(0);

      const delivery = progress.deliveries.find((d: { email: string }) => d.email === emails[0]);
      const badReply = await request(t.http).post(`/api/deliveries/${delivery.id}/replies`).set(bearer(adv)).send({ receivedAt: 'ayer', channel: 'pigeon', summary: '' }).expect(400);
      expect(badReply.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['channel', 'receivedAt', 'summary']);
      const future = await request(t.http).post(`/api/deliveries/${delivery.id}/replies`).set(bearer(adv)).send({ receivedAt: '2099-01-01T00:00:00Z', channel: 'email', summary: 'Respuesta' }).expect(400);
      expect(future.body.details[0]).toMatchObject({ field: 'receivedAt', rule: 'notInFuture' });
      await request(t.http).post(`/api/deliveries/${delivery.id}/replies`).set(bearer(otherAdv)).send({ receivedAt: new Date().toISOString(), channel: 'email', summary: 'x y z' }).expect(403);
      const replied = await request(t.http)
        .post(`/api/deliveries/${delivery.id}/replies`)
        .set(bearer(adv))
        .send({ receivedAt: new Date().toISOString(), channel: 'letter', summary: 'Acusan recibo y estudiarán las propuestas.', url: 'https://www.example.org/respuesta' })
        .expect(201);
      expect(replied.body).toMatchObject({ status: 'replied', replies: [expect.objectContaining({ channel: 'letter', recordedBy: 'Lucía Incidencia' })] });

      const pub = await request(t.http).get(`/api/campaigns/${c.slug}`).expect(200);
      expect(pub.body.transparency).toMatchObject({ sent: 3, replied: 1, replyRate: 1 / 3 });
      expect(pub.body.transparency.recipients).toHaveLength(3);
      expect(pub.body.transparency.recipients.find((r: { name: string }) => r.name === 'Persona 1')).toMatchObject({ institution, replyChannel: 'letter', replyUrl: 'https://www.example.org/respuesta' });
      expect(JSON.stringify(pub.body)).not.toContain(emails[0]);
      expect(pub.body.recipientCount).toBe(3);

      // Follow-up: deliveries sent 15 days ago without a reply are listed, and reminded by email once.
      const em = t.app.get(EntityManager).fork();
      await em.getConnection().execute(`update deliveries set sent_at = now() - interval '15 days' where send_id = ?`, [sent.body.sendId]);
      const follow = await request(t.http).get('/api/advocacy/follow-ups').set(bearer(adv)).expect(200);
      const mineFollow = follow.body.filter((f: { sendId: string }) => f.sendId === sent.body.sendId);
      expect(mineFollow).toHaveLength(2);
      expect(mineFollow[0]).toMatchObject({ campaignTitle: 'Campaña con respuestas', daysWaiting: 15 });
      const sends = t.app.get(SendsService);
      await sends.remindFollowUps();
      const reminder = await t.mail.waitFor(adv.email, (x) => /siguen sin respuesta/.test(x.subject ?? ''));
      expect(reminder.text).toContain(institution);
      await sends.remindFollowUps();
      await new Promise((r) => setTimeout(r, 1500));
      expect(t.mail.to(adv.email).filter((x) => /sin respuesta/.test(x.subject ?? ''))).toHaveLength(1);
    });
  });
});
