import type { TemplateSet } from './mail.templates';

interface CertificateParams {
  displayName: string;
  courseTitle: string;
  /** The code as printed (groups of five). */
  code: string;
  /** The public verification page. */
  link: string;
}

export type CertificateTemplate =
  | { name: 'certificate_issued'; params: CertificateParams }
  | { name: 'certificate_revoked'; params: CertificateParams & { reason: string } };

type ParamsOf<N extends CertificateTemplate['name']> = Extract<CertificateTemplate, { name: N }>['params'];

export const CERTIFICATE_TEMPLATES: { [N in CertificateTemplate['name']]: TemplateSet<ParamsOf<N>> } = {
  certificate_issued: {
    es: (p) => ({
      subject: `Tu certificado de «${p.courseTitle}»`,
      lines: [
        `Hola, ${p.displayName}:`,
        `Aquí tienes tu certificado del curso «${p.courseTitle}», en PDF, adjunto a este correo. También lo puedes descargar cuando quieras desde «Mis certificados».`,
        `Cualquier persona (una empresa, un consulado, una ONG) puede comprobarlo con el código QR del certificado o con su código: ${p.code}.`,
        'El PDF lleva dentro una credencial digital firmada (Open Badges 3.0) que también puedes guardar en una cartera digital de credenciales.',
      ],
      action: 'Ver la verificación',
    }),
    en: (p) => ({
      subject: `Your certificate for "${p.courseTitle}"`,
      lines: [
        `Hello ${p.displayName},`,
        `Here is your certificate for the course "${p.courseTitle}", as a PDF attached to this email. You can also download it at any time from "My certificates".`,
        `Anyone (an employer, a consulate, an NGO) can check it with the certificate's QR code or with its code: ${p.code}.`,
        'The PDF carries a signed digital credential (Open Badges 3.0) that you can also keep in a digital credential wallet.',
      ],
      action: 'See the verification',
    }),
  },
  certificate_revoked: {
    es: (p) => ({
      subject: `Tu certificado de «${p.courseTitle}» ha sido revocado`,
      lines: [`Hola, ${p.displayName}:`, `Tu certificado ${p.code} del curso «${p.courseTitle}» ha sido revocado. Desde ahora, quien lo compruebe verá que no es válido.`, 'El motivo indicado es:'],
      quote: p.reason,
      after: ['Si crees que es un error, responde a tu formador o formadora o escribe al equipo de Puente.'],
      action: 'Ver la verificación',
    }),
    en: (p) => ({
      subject: `Your certificate for "${p.courseTitle}" has been revoked`,
      lines: [`Hello ${p.displayName},`, `Your certificate ${p.code} for the course "${p.courseTitle}" has been revoked. From now on, anyone who checks it will see that it is not valid.`, 'The reason given is:'],
      quote: p.reason,
      after: ['If you think this is a mistake, contact your trainer or the Puente team.'],
      action: 'See the verification',
    }),
  },
};
