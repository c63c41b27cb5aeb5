import { renderMail } from './mail.templates';

describe('renderMail', () => {
  const params = { displayName: 'Ana <b>', link: 'http://localhost:3000/verificar-correo?token=abc' };
  it('renders Spanish and English versions with the link in text and html', () => {
    const es = renderMail({ name: 'verify_email', params }, 'es');
    const en = renderMail({ name: 'verify_email', params }, 'en');
    expect(es.subject).toMatch(/Confirma tu correo/);
    expect(en.subject).toMatch(/Confirm your email/);
    for (const m of [es, en]) {
      expect(m.text).toContain(params.link);
      expect(m.html).toContain('token=abc');
    }
    expect(es.html).toContain('lang="es"');
  });
  it('escapes user-supplied names in HTML', () => {
    const m = renderMail({ name: 'password_reset', params }, 'es');
    expect(m.html).toContain('Ana &lt;b&gt;');
    expect(m.html).not.toContain('Ana <b>');
  });
});
