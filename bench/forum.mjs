// Forum figures for bench/run.mjs: questions added straight in SQL (with answers' counts and a spread of
// categories, statuses and dates), so GET /api/forum/questions and its Spanish search read a forum of a
// realistic size; the same queries run bare in bench/baseline.mjs.
import pg from 'pg';

const TOPICS = ['renovar la residencia', 'la reagrupación familiar', 'el arraigo social', 'la nacionalidad por residencia', 'el paro y las cotizaciones', 'el retorno a Ecuador', 'un despido sin finiquito', 'la homologación del título', 'el padrón sin contrato', 'la tarjeta sanitaria'];
const ASKS = ['¿Qué documentos necesito para', '¿Cuánto tarda', 'Me denegaron', 'Tengo dudas sobre', '¿Puedo pedir', 'Plazo para', 'Requisitos de', 'Problema con'];
const PLACES = ['en Madrid', 'en Murcia', 'en Barcelona', 'desde Quito', 'en Valencia', 'desde Guayaquil', 'en Sevilla', 'en Zaragoza'];

/** Adds `count` visible questions by one author (ids and texts deterministic) and returns a search term they match. */
export async function forumFixture({ databaseUrl, email, count }) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows: users } = await c.query('select id from users where email = $1', [email]);
    const { rows: categories } = await c.query('select id from forum_categories order by position');
    const batch = 2000;
    for (let start = 0; start < count; start += batch) {
      const values = [];
      const params = [];
      for (let n = start; n < Math.min(count, start + batch); n++) {
        const title = `${ASKS[n % ASKS.length]} ${TOPICS[Math.floor(n / ASKS.length) % TOPICS.length]} ${PLACES[Math.floor(n / 80) % PLACES.length]} (${n})`;
        const body = `${title}. Llevo ${1 + (n % 9)} años en España y quiero saber cómo hacerlo bien. Tengo el pasaporte en vigor, el certificado de empadronamiento y un contrato a media jornada. ¿Qué me recomiendan?`;
        const status = ['open', 'answered', 'resolved'][n % 3];
        params.push(categories[n % categories.length].id, users[0].id, n % 2 === 0, `Persona B${String(n % 1000).padStart(3, '0')}`, title, body, ['ES', 'EC', 'other'][n % 3], status, status === 'open' ? 0 : 1 + (n % 4), n);
        const p = params.length - 10;
        values.push(`(gen_random_uuid(), $${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7}, $${p + 8}::forum_question_status, $${p + 9}, now() - make_interval(mins => $${p + 10}), now() - make_interval(mins => $${p + 10}))`);
      }
      await c.query(
        `insert into forum_questions (id, category_id, author_id, anonymous, pseudonym, title, body, country, status, answer_count, created_at, last_activity_at) values ${values.join(',')}`,
        params,
      );
    }
    await c.query('analyze forum_questions');
    return { count, query: 'renovar residencia Madrid' };
  } finally {
    await c.end();
  }
}
