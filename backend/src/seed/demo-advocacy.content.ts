/**
 * Text of the demo campaign and policy brief shown on a fresh install. Every fact comes from the shared
 * fact files (shared/legal/FACTS.md, shared/advocacy/OFFICIALS.md); the asks and recommendations are
 * advocacy proposals. It is labelled as a demonstration so nobody mistakes it for a real campaign.
 */

export const DEMO_CAMPAIGN = {
  slug: 'demo-reglamento-extranjeria-plazos',
  title: 'Demostración: citas y respuestas a tiempo con el nuevo Reglamento de Extranjería',
  summary:
    'Campaña de demostración: no es una campaña real. Pide que el Reglamento de Extranjería, en vigor desde el 20 de mayo de 2025, se aplique con citas suficientes, información clara y respuestas dentro de plazo.',
  problem: [
    'El nuevo Reglamento de Extranjería (Real Decreto 1155/2024) está en vigor desde el 20 de mayo de 2025. Sustituye al reglamento anterior, el Real Decreto 557/2011. De él dependen muchos trámites de la comunidad ecuatoriana en España.',
    '',
    'El Reglamento fija plazos concretos. Algunos ejemplos:',
    '',
    '- **Renovación.** La autorización de residencia y trabajo por cuenta ajena se renueva pidiéndolo en los 2 meses anteriores a que caduque. Se puede pedir hasta 3 meses después, pero con posible multa.',
    '- **Informe de integración.** Cuando el arraigo social lo exige, la comunidad autónoma debe emitir el informe en 1 mes. Si no llega a tiempo, la persona puede acreditar su integración con otras pruebas.',
    '- **Arraigo sociolaboral.** Cuando se admite a trámite la solicitud, la persona puede residir y trabajar de forma provisional.',
    '- **Arraigo extraordinario de 2026.** La Administración tiene 3 meses para resolver. Si no responde en ese plazo, la solicitud se entiende denegada.',
    '',
    'Estos plazos solo protegen a las personas si pueden presentar su solicitud a tiempo y si reciben una respuesta. Para eso hacen falta citas disponibles, información clara y oficinas con medios suficientes.',
  ].join('\n'),
  asks: [
    '- Que cada Oficina de Extranjería ofrezca citas suficientes para presentar las solicitudes dentro de los plazos del Reglamento.',
    '- Que se publique información clara, en lenguaje sencillo, sobre cada tipo de arraigo y sobre los plazos de renovación.',
    '- Que la Administración resuelva de forma expresa y a tiempo las solicitudes de arraigo extraordinario, para que nadie quede denegado solo por falta de respuesta.',
    '- Que las comunidades autónomas emitan los informes de integración en el plazo de 1 mes y que, cuando no lo hagan, se acepten otras pruebas, como prevé el Reglamento.',
    '- Que la admisión a trámite del arraigo sociolaboral se comunique sin demora, porque desde ese momento la persona puede trabajar de forma provisional.',
  ].join('\n'),
  audiences: ['government', 'political', 'ngos', 'families'] as Array<'ngos' | 'families' | 'political' | 'government' | 'students'>,
  locale: 'es' as const,
};

export const DEMO_BRIEF = {
  title: 'Plazos que se puedan cumplir: el Reglamento de Extranjería en la práctica (documento de demostración)',
  summary:
    'Documento de demostración. El Reglamento de Extranjería (Real Decreto 1155/2024) está en vigor desde el 20 de mayo de 2025 y fija plazos concretos para renovar, para emitir informes de integración y para resolver solicitudes. Esos plazos solo protegen a las personas si pueden presentar su solicitud y recibir una respuesta a tiempo. Proponemos medidas sencillas sobre citas, información y resolución en plazo.',
  body: [
    '## Contexto',
    '',
    'El Real Decreto 1155/2024 aprobó el nuevo Reglamento de la Ley de Extranjería (Ley Orgánica 4/2000). Se publicó en el BOE el 20 de noviembre de 2024 y entró en vigor el 20 de mayo de 2025. Sustituye al Real Decreto 557/2011.',
    '',
    'El Reglamento regula cinco tipos de arraigo: de segunda oportunidad, sociolaboral, social, socioformativo y familiar. En general exigen 2 años de permanencia continuada en España; el arraigo familiar no exige un tiempo mínimo. La autorización dura 1 año, salvo la de arraigo familiar, que dura 5 años.',
    '',
    'El Reglamento se modificó en abril de 2026 (BOE del 15 de abril de 2026). La reforma añadió el arraigo extraordinario para personas que estaban en España antes del 1 de enero de 2026. La norma fijó como plazo para pedirlo el 30 de junio de 2026.',
    '',
    '## Plazos que importan',
    '',
    '- **Renovación:** la autorización de residencia y trabajo por cuenta ajena se renueva pidiéndolo en los 2 meses anteriores a su caducidad. Se admite hasta 3 meses después, con posible multa.',
    '- **Informe de integración (arraigo social):** la comunidad autónoma debe emitirlo en 1 mes. Si se retrasa, se acepta cualquier otra prueba.',
    '- **Arraigo sociolaboral:** cuando se admite a trámite la solicitud, la persona puede residir y trabajar de forma provisional.',
    '- **Arraigo extraordinario:** la Administración tiene 3 meses para resolver. Si no responde en ese plazo, la solicitud se entiende denegada.',
    '',
    '## El problema',
    '',
    'Un plazo solo protege si se puede cumplir. Para renovar a tiempo hay que poder presentar la solicitud. Y para que el silencio no acabe en una denegación, la Administración necesita medios para resolver dentro de plazo.',
    '',
    'La información también cuenta. Según la prensa, en Barcelona el servicio municipal de atención a inmigrantes (SAIER) cambió de entidades gestoras a principios de 2026 y pasó cerca de un mes sin atender nuevas consultas de extranjería.',
    '',
    '## Garantías que ya existen',
    '',
    'La Ley de Extranjería obliga a respetar las garantías del procedimiento administrativo, como la audiencia de la persona interesada y la motivación de las resoluciones. Las organizaciones de defensa de las personas inmigrantes pueden intervenir en esos procedimientos cuando la persona las designa.',
    '',
    'Además, cualquier persona extranjera puede presentar una queja ante el Defensor del Pueblo, sea cual sea su situación administrativa.',
    '',
    '## Qué proponemos',
    '',
    'Nuestras propuestas buscan sobre todo que las normas vigentes se apliquen bien. Se detallan en las recomendaciones.',
    '',
    '*Este documento es una demostración de la plataforma Puente. Es información general, no asesoramiento jurídico.*',
  ].join('\n'),
  recommendations: [
    'Oficinas de Extranjería: ofrecer citas suficientes para presentar renovaciones y solicitudes de arraigo dentro de plazo, y publicar cuántas citas se ofrecen.',
    'Ministerio de Inclusión, Seguridad Social y Migraciones: dar los medios necesarios para resolver de forma expresa, dentro de los 3 meses, las solicitudes de arraigo extraordinario, de modo que nadie quede denegado solo por silencio.',
    'Comunidades autónomas: emitir los informes de integración en el plazo de 1 mes y dar a quien lo pida una constancia del retraso, para que pueda usar otras pruebas.',
    'Administraciones y consulados del Ecuador en España: difundir guías en lenguaje sencillo sobre los cinco tipos de arraigo y los plazos de renovación.',
    'Entidades sociales: informar de que cualquier persona extranjera puede presentar una queja ante el Defensor del Pueblo y acompañar esas quejas cuando no se cumpla un plazo.',
  ],
  citations: [
    {
      text: 'Real Decreto 1155/2024, de 19 de noviembre, por el que se aprueba el Reglamento de la Ley Orgánica 4/2000 (BOE núm. 280, de 20 de noviembre de 2024). Arts. 80, 125, 126, 127 y 130.',
      url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2024-24099',
    },
    {
      text: 'Modificación del Reglamento de Extranjería que añade el arraigo extraordinario (disposición adicional vigesimoprimera). BOE del 15 de abril de 2026, BOE-A-2026-8284.',
      url: 'https://www.boe.es/buscar/doc.php?id=BOE-A-2026-8284',
    },
    {
      text: 'Ley Orgánica 4/2000, de 11 de enero (Ley de Extranjería), art. 20.',
      url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2000-544',
    },
    {
      text: 'Defensor del Pueblo: cómo puede ayudar (quejas de cualquier persona extranjera, sea cual sea su situación).',
      url: 'https://www.defensordelpueblo.es/el-defensor/como-te-podemos-ayudar/',
    },
    {
      text: 'El Periódico, 4 de febrero de 2026: cambio de entidades gestoras del SAIER de Barcelona (fuente de prensa).',
      url: null,
    },
  ] as { text: string; url: string | null }[],
};
