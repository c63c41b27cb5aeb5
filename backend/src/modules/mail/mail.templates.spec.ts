import { renderMail, unsubscribeFooter } from './mail.templates';

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
  it('puts the unsubscribe note and link under a notification email, and none under a transactional one', () => {
    const url = 'http://localhost:3000/avisos/baja?token=t0k&x=<y>';
    const m = renderMail({ name: 'notification', params: { displayName: 'Ana', title: 'Mensaje nuevo de Carmen', body: 'Ábrelo.', link: 'http://localhost:3000/mensajes' } }, 'es', unsubscribeFooter('es', url, false));
    expect(m.text).toContain(`Dejar de recibir este tipo de correo: ${url}`);
    expect(m.html).toContain('href="http://localhost:3000/avisos/baja?token=t0k&amp;x=&lt;y&gt;"');
    const digest = renderMail({ name: 'notification_digest', params: { displayName: 'Ben', items: '• One', count: 1, link: 'http://localhost:3000/avisos' } }, 'en', unsubscribeFooter('en', url, true));
    expect(digest.subject).toBe('Your Puente digest: 1 new notification');
    expect(digest.text).toContain('Stop getting the daily digest');
    expect(renderMail({ name: 'password_reset', params }, 'es').text).not.toContain('Dejar de recibir');
  });
});
