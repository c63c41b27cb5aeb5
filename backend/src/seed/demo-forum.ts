import type { EntityManager } from '@mikro-orm/postgresql';
import { ForumAnswer, ForumCategory, ForumMember, ForumQuestion } from '../modules/forum/forum.entities';
import { seedForumCategories } from '../modules/forum/forum-seed';
import { makePseudonym } from '../modules/forum/forum.service';
import { User } from '../modules/users/user.entity';

const DEMO_CREDENTIAL = 'Cuenta de demostración: no es una persona asesora real';
const DEMO_QUESTION = '_(Pregunta de demostración.)_';
const DEMO_ANSWER = '_(Respuesta de demostración. Es información general, no asesoramiento legal para un caso concreto.)_';

/**
 * Three demo questions by the demo learner, two answered by the demo counsellor (with a credential line that
 * says it is a demo), one still waiting, so a newcomer sees the thread, the badge, the accepted answer and
 * the counsellors' queue. The answers state only what the cited articles say. Only once.
 */
export async function seedDemoForum(em: EntityManager): Promise<boolean> {
  const [learner, counsellor] = await Promise.all([em.findOne(User, { email: 'aprendiz@example.org' }), em.findOne(User, { email: 'asesora@example.org' })]);
  if (!learner || !counsellor || (await em.count(ForumQuestion, { author: learner }))) return false;
  // The categories are shipped at start; `cli db:seed` may run on a database the app has not started on.
  await seedForumCategories(em);
  const category = async (slug: string) => em.findOneOrFail(ForumCategory, { slug });
  em.create(ForumMember, { user: counsellor, credential: DEMO_CREDENTIAL, credentialSetAt: new Date() });
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

  const nationality = em.create(ForumQuestion, {
    category: await category('nacionalidad'),
    author: learner,
    anonymous: false,
    pseudonym: makePseudonym(),
    title: '¿Cuántos años de residencia necesito para pedir la nacionalidad española?',
    body: `Nací en Ecuador y llevo tres años con residencia legal en España. ¿Puedo pedir ya la nacionalidad? ¿Tengo que hacer algún examen? ¿Pierdo la ecuatoriana?\n\n${DEMO_QUESTION}`,
    country: 'ES',
    tags: ['nationality'],
    status: 'resolved',
    answerCount: 1,
    firstCounsellorAnswerAt: hoursAgo(20),
    createdAt: hoursAgo(30),
    lastActivityAt: hoursAgo(18),
  });
  const nationalityAnswer = em.create(ForumAnswer, {
    question: nationality,
    author: counsellor,
    byCounsellor: true,
    createdAt: hoursAgo(20),
    body: [
      'Como naciste en Ecuador, te bastan **dos años de residencia legal y continuada**, inmediatamente anteriores a la solicitud (Código Civil, art. 22.1 y 22.3). Con tres años ya cumples ese plazo.',
      '',
      '- **Exámenes:** las personas ecuatorianas no tienen que hacer el examen de español (DELE A2), pero sí deben aprobar la prueba de conocimientos constitucionales y socioculturales de España, la CCSE (Real Decreto 1004/2015, art. 6).',
      '- **Tu nacionalidad ecuatoriana:** no tienes que renunciar a ella (Código Civil, art. 23.b). El Convenio de doble nacionalidad entre España y Ecuador de 1964 se aplica a quienes son ecuatorianos de origen (art. 1), y pide inscribirse en el Registro Civil (art. 2).',
      '- También se valoran la buena conducta cívica y una integración suficiente en la sociedad española (Código Civil, art. 22.4).',
      '',
      DEMO_ANSWER,
    ].join('\n'),
  });
  nationality.acceptedAnswerId = nationalityAnswer.id;

  const family = em.create(ForumQuestion, {
    category: await category('reagrupacion-familiar'),
    author: learner,
    anonymous: false,
    pseudonym: makePseudonym(),
    title: '¿Cuándo puedo traer a mi hijo de 15 años que vive en Ecuador?',
    body: `Tengo autorización de residencia y trabajo desde hace ocho meses. Mi hijo tiene 15 años y vive con su abuela en Loja. ¿Qué necesito para reagruparlo?\n\n${DEMO_QUESTION}`,
    country: 'ES',
    tags: ['family'],
    status: 'answered',
    answerCount: 1,
    firstCounsellorAnswerAt: hoursAgo(6),
    createdAt: hoursAgo(40),
    lastActivityAt: hoursAgo(6),
  });
  em.create(ForumAnswer, {
    question: family,
    author: counsellor,
    byCounsellor: true,
    createdAt: hoursAgo(6),
    body: [
      'Un hijo o una hija menor de 18 años se puede reagrupar (Ley Orgánica 4/2000, art. 17). La solicitud se presenta cuando llevas **un año de residencia** y ya has pedido renovarla por al menos otro año (Ley Orgánica 4/2000, art. 18.1; Reglamento de Extranjería aprobado por el Real Decreto 1155/2024, art. 68.1). Con ocho meses todavía no puedes presentarla, pero sí preparar los papeles.',
      '',
      'Te pedirán, entre otras cosas:',
      '',
      '- **Medios económicos:** el 150 % del IPREM para ti y una persona más, y un 50 % más por cada persona adicional; las ayudas sociales no cuentan (Reglamento, art. 67.1).',
      '- **Vivienda adecuada**, acreditada con un informe de tu comunidad autónoma o de tu ayuntamiento, y **seguro de enfermedad** (Reglamento, art. 67.2 a 67.4).',
      '',
      DEMO_ANSWER,
    ].join('\n'),
  });

  em.create(ForumQuestion, {
    category: await category('residencia-y-papeles'),
    author: learner,
    anonymous: true,
    pseudonym: makePseudonym(),
    title: '¿Puedo empadronarme si no tengo contrato de alquiler?',
    body: `Vivo en una habitación alquilada y la persona dueña del piso no quiere hacerme contrato. ¿Hay alguna forma de empadronarme?\n\n${DEMO_QUESTION}`,
    country: 'ES',
    tags: ['residence'],
    createdAt: hoursAgo(54),
    lastActivityAt: hoursAgo(54),
  });
  await em.flush();
  return true;
}
