import { deliveryEmail, fromHeader, salutation } from './delivery-email';

const base = {
  subject: 'Informe',
  message: 'Les enviamos nuestro informe.\n\nQuedamos a su disposición.',
  senderName: 'Lucía <Incidencia>',
  replyTo: 'lucia@example.org',
  briefTitle: 'Citas a tiempo',
  campaignTitle: 'Citas para todas',
  campaignUrl: 'https://puente.example.org/campanas/citas',
  siteName: 'Puente',
};

describe('the email an official receives', () => {
  it('greets a person by name and post, an office formally, in the brief’s language', () => {
    expect(salutation('es', 'Elena Arce', 'Directora del Área de Migraciones', 'Defensor del Pueblo')).toBe('Estimado/a Elena Arce, Directora del Área de Migraciones:');
    expect(salutation('en', 'Elena Arce', 'Director', 'Ombudsman')).toBe('Dear Elena Arce, Director,');
    expect(salutation('es', 'Área de Migraciones', null, 'Defensor del Pueblo')).toBe('A la atención de: Área de Migraciones (Defensor del Pueblo)\n\nEstimadas señoras y señores:');
    expect(salutation('es', 'Defensor del Pueblo', null, 'defensor del pueblo')).toBe('A la atención de: Defensor del Pueblo\n\nEstimadas señoras y señores:');
    expect(salutation('en', 'LIBE Committee', null, 'European Parliament')).toContain('Dear Sir or Madam,');
  });

  it('carries the message, the campaign link and who answers replies; HTML is escaped', () => {
    const m = deliveryEmail({ ...base, locale: 'es', toName: 'Elena <b>Arce</b>', toPosition: null, toInstitution: 'Defensor del Pueblo' });
    expect(m.text).toContain('Les enviamos nuestro informe.\n\nQuedamos a su disposición.');
    expect(m.text).toContain('«Citas a tiempo», de la campaña «Citas para todas»');
    expect(m.text).toContain('https://puente.example.org/campanas/citas');
    expect(m.text).toContain('llegará directamente a Lucía <Incidencia> (lucia@example.org)');
    expect(m.html).toContain('Elena &lt;b&gt;Arce&lt;/b&gt;');
    expect(m.html).not.toContain('<b>Arce');
    expect(m.html).toContain('<html lang="es">');
    const en = deliveryEmail({ ...base, locale: 'en', toName: 'Ana', toPosition: 'Consul', toInstitution: 'Consulate' });
    expect(en.text.startsWith('Dear Ana, Consul,')).toBe(true);
    expect(en.text).toContain('Yours sincerely,\nLucía <Incidencia>');
  });

  it('sends from Puente’s address in the advocate’s name', () => {
    expect(fromHeader('Lucía', 'Puente <no-reply@puente.example.org>', 'es')).toEqual({ name: 'Lucía (vía Puente)', address: 'no-reply@puente.example.org' });
    expect(fromHeader('Lucía', 'bare@example.org', 'en')).toEqual({ name: 'Lucía (via Puente)', address: 'bare@example.org' });
  });
});
