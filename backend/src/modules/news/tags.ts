/**
 * News tags, and the test that keeps only migration news from sitewide feeds.
 *
 * The text (title + summary, plain text) is folded before matching: NFD, combining marks stripped, lower case,
 * so "REGULARIZACIÓN" and "regularizacion" read the same. Keywords below are written folded (no accents, no
 * "ñ": "años" is "anos") as regular-expression source, in Spanish and English. In a keyword a space stands for
 * any run of spaces or hyphens ("asylum seeker" also finds "asylum-seeker"), and W is one filler word. Every
 * keyword must start and end on a word boundary, so plurals and forms are spelt out ("remesas?").
 *
 * A word that is ambiguous alone (residencia, expulsión, ciudadanía, menores, autónomo…) only counts inside
 * a phrase; each such choice carries a short comment. Acronyms that are also ordinary words once lower-cased
 * (CIE in "cien", TIE, NIE, DELE) are matched upper-case only, on the folded but not lower-cased text.
 *
 * One RegExp per tag (plus one for its acronyms), built once at module load.
 */

export const NEWS_TAGS = [
  'regularisation',
  'visas',
  'residence',
  'remittances',
  'deportation',
  'asylum',
  'work',
  'family',
  'nationality',
  'health',
  'education',
  'return',
  'consular',
  'trafficking',
  'discrimination',
  'borders',
] as const;
export type NewsTag = (typeof NEWS_TAGS)[number];

export function isNewsTag(v: unknown): v is NewsTag {
  return typeof v === 'string' && (NEWS_TAGS as readonly string[]).includes(v);
}

/** Short labels for the filter chips. */
export const TAG_LABELS: Record<NewsTag, { es: string; en: string }> = {
  regularisation: { es: 'Regularización', en: 'Regularisation' },
  visas: { es: 'Visados', en: 'Visas' },
  residence: { es: 'Residencia', en: 'Residence' },
  remittances: { es: 'Remesas', en: 'Remittances' },
  deportation: { es: 'Deportaciones', en: 'Deportation' },
  asylum: { es: 'Asilo y refugio', en: 'Asylum and refugees' },
  work: { es: 'Trabajo', en: 'Work' },
  family: { es: 'Familia', en: 'Family' },
  nationality: { es: 'Nacionalidad', en: 'Nationality' },
  health: { es: 'Salud', en: 'Health' },
  education: { es: 'Educación', en: 'Education' },
  return: { es: 'Retorno', en: 'Return' },
  consular: { es: 'Consulados', en: 'Consular services' },
  trafficking: { es: 'Trata y tráfico', en: 'Trafficking' },
  discrimination: { es: 'Discriminación', en: 'Discrimination' },
  borders: { es: 'Fronteras', en: 'Borders' },
};

/** Tags about migration by themselves: any of them makes an item migration-related. */
const MIGRATION_TAGS: ReadonlySet<NewsTag> = new Set<NewsTag>([
  'regularisation',
  'visas',
  'residence',
  'remittances',
  'deportation',
  'asylum',
  'nationality',
  'consular',
  'trafficking',
  'borders',
]);

interface Lexicon {
  /** Folded (lower-case, unaccented) regular-expression sources. */
  words: readonly string[];
  /** Upper-case acronyms, matched case-sensitively. */
  acronyms?: readonly string[];
}

/**
 * One filler word (and the space after it), for "regularizar a medio millón de migrantes". The word has no
 * hyphen: the space becomes `[\\s-]+` when compiled, and a word that could also swallow hyphens would let a
 * run of dashes split in exponentially many ways (catastrophic backtracking on "migrantes ------…").
 */
const W = '(?:[^\\s-]+ )';
/** The people a migration measure applies to. */
const MIGRANT_PEOPLE =
  '(?:migrantes|inmigrantes|emigrantes|extranjer[oa]s|personas|sin papeles|indocumentad[oa]s|ecuatorian[oa]s|venezolan[oa]s|colombian[oa]s|latinoamerican[oa]s)';
const US = '(?:estados unidos|ee\\.?\\s*uu\\.?|eeuu)';

const LEXICON: Record<NewsTag, Lexicon> = {
  regularisation: {
    words: [
      // Tax and planning news regularise debts and buildings too.
      'regularizacion(?:es)?(?! (?:fiscal(?:es)?|tributaria|catastral(?:es)?|urbanistica|de (?:deudas?|la deuda|impuestos|viviendas?|obras|construcciones|terrenos|tierras|inmuebles|saldos|cuotas|facturas)))',
      // The verb counts only with the people (or the status) it applies to.
      `regulariz(?:ar|arse|arlos|arlas|a|an|o|aron|ara|aran|ado|ada|ados|adas|ando) ${W}{0,4}?(?:${MIGRANT_PEOPLE}|(?:su|tu|sus|vuestra) situacion(?! (?:fiscal|tributaria|con hacienda))|la situacion (?:administrativa|migratoria|legal))`,
      // "Arraigo" alone is also "roots" (fuerte arraigo popular): only the residence routes.
      'arraigos? (?:social|laboral|sociolaboral|familiar|sociofamiliar|socioformativo|para la formacion|de segunda oportunidad|extraordinario)',
      '(?:residencia|permisos?|autorizacion(?:es)?|solicitud(?:es)?|tramites?|via|figuras?|expedientes?) (?:de |por |del )?arraigos?',
      'regulari[sz]ations?',
      `regulari[sz](?:e|es|ed|ing) ${W}{0,4}?(?:migrants|immigrants|undocumented|their (?:immigration |legal )?status)`,
      '(?:migrant|immigrant|immigration|undocumented) amnest(?:y|ies)',
      `amnesty for ${W}{0,2}?(?:migrants|immigrants|undocumented)`,
    ],
  },
  visas: {
    words: [
      // "Visa" is also the card company.
      '(?<!tarjetas? )visas?(?! (?:y|e|o|and|or) mastercard| cards?| inc)',
      'visados?',
      'schengen',
      'etias',
      'permisos? de entrada',
      'cartas? de invitacion',
      'sistema de entradas y salidas',
      'entry\\s*/?\\s*exit system',
      'travel authori[sz]ations?',
    ],
  },
  residence: {
    words: [
      '(?:permisos?|autorizacion(?:es)?|tarjetas?|titulos?|renovacion(?:es)?) de residencia',
      // "Residencia" alone is also a care home, a hall of residence or an official residence.
      'residencia (?:legal|temporal|permanente|de larga duracion|por arraigo|no lucrativa)',
      'residentes? (?:legal(?:es)?|permanentes?|de larga duracion)',
      'tarjetas? de identidad de extranjer[oa]s?',
      'numero de identidad de extranjer[oa]s?',
      'tarjetas? de familiar de (?:un |una )?ciudadan[oa]',
      'extranjeria',
      'residen(?:ce|cy) (?:permits?|cards?|rights?|status|authori[sz]ations?)',
      'permanent residen(?:ce|cy|ts?)',
      'long term residen(?:ce|cy|ts?)',
      'green cards?',
      'leave to remain',
      'settled status',
      'right to reside',
    ],
    // Lower-cased, "tie" and "nie" are ordinary words.
    acronyms: ['TIEs?', 'NIEs?'],
  },
  remittances: {
    words: [
      // "Remesa" is also a batch (of vaccines, weapons, funds).
      'remesas?(?! de (?:vacunas|dosis|armas|material|ayuda|alimentos|fondos|productos|mercancias?|medicamentos|libros|equipos|municion(?:es)?|misiles|billetes|tanques|aviones|vehiculos|semillas))',
      'remesador(?:a|as|es)',
      // Sending money is remittances only towards (or from) home.
      `(?:envios? de|enviar|envian|envia|enviaron|enviamos|mandar|mandan) dinero (?:a|al|hacia|desde|desde el) (?:ecuador|espana|${US}|su pais|sus paises|sus familias?|sus familiares|exterior|el exterior|el extranjero|casa|sus hogares|america latina|latinoamerica|su pais de origen|sus paises de origen)`,
      'remittances?',
      '(?:send|sends|sending|sent) money (?:back )?home',
      'money transfers? (?:to|from) (?:ecuador|latin america|migrants|families)',
    ],
  },
  deportation: {
    words: [
      // Spelt out: the open stem "deport" would also find "deporte".
      'deport(?:ar|arlos|arlas|arles|a|an|o|aron|ara|aran|ado|ada|ados|adas|acion|aciones|ando)',
      // Football sends players off too: "expulsión" counts only in these phrases.
      '(?:orden(?:es)?|expedientes?|procedimientos?) de expulsion',
      'expulsion(?:es)? (?:del territorio|del pais|de espana|colectivas?|sumarias?)',
      `expulsion(?:es)? de ${W}{0,2}?(?:extranjer[oa]s|migrantes|inmigrantes|ecuatorian[oa]s|solicitantes)`,
      'expulsad[oa]s? (?:del pais|de espana|a su pais|a ecuador)',
      'devolucion(?:es)? en caliente',
      'devoluciones (?:sumarias|colectivas)',
      'rechazos? en frontera',
      // "Internamiento" alone is also psychiatric.
      'centros? de internamiento',
      `internamiento de ${W}{0,1}?(?:extranjer[oa]s|migrantes|inmigrantes)`,
      'repatriacion(?:es)? (?:forzosas?|forzadas?)',
      `redadas? (?:migratorias?|contra ${W}{0,2}?(?:migrantes|inmigrantes))`,
      // ICE, the US immigration police, only where it cannot be frozen water.
      '(?:agentes|redadas?|operativos?|custodia|detenid[oa]s?|arrestad[oa]s?) (?:del|de|por el|por) ice',
      'ice (?:agents?|raids?|detention|custody|arrests?|officers?|facilit(?:y|ies))',
      'servicio de inmigracion y control de aduanas',
      'immigration and customs enforcement',
      'deport(?:s|ed|ing|ation|ations|ee|ees)?',
      'forced removals?',
      'removal (?:orders?|flights?|proceedings|centres?|centers?)',
      // EU jargon: "returns" are removals.
      'return (?:hubs?|regulation|directive|decisions?|orders?)',
      '(?:immigration|migrant|pre removal) detention',
      // "Pushback" alone is also political resistance.
      'pushbacks',
      'push-backs',
      '(?:illegal|violent|systematic|border) pushbacks?',
      'immigration raids?',
      `expulsions? of ${W}{0,2}?(?:migrants|foreigners|refugees|asylum seekers)`,
    ],
    // Centro de Internamiento de Extranjeros: upper-case only, "cie" is inside "cien" and "ciencia".
    acronyms: ['CIEs?'],
  },
  asylum: {
    words: [
      // "Asilo" is also a care home (asilo de ancianos); the plural counts only as political asylum.
      'asilo(?! (?:de|para) (?:ancianos|adultos mayores|personas mayores|mayores|la tercera edad|huerfanos|animales|indigentes))',
      'asilos (?:politicos|diplomaticos)',
      'proteccion (?:internacional|temporal|subsidiaria)',
      'refugiad[oa]s?',
      'apatridas?',
      'apatridia',
      'acnur',
      'unhcr',
      // "Razones humanitarias" alone also frees prisoners.
      '(?:residencia|autorizacion(?:es)?|permisos?|visados?) (?:de residencia )?(?:por|de) razones humanitarias',
      '(?<!(?:lunatic|insane|mental|psychiatric) )asylum',
      'refugees?',
      '(?:international|temporary|subsidiary) protection',
      'statelessness',
      'stateless (?:people|persons?|children|minorit(?:y|ies))',
    ],
  },
  work: {
    words: [
      '(?:permisos?|autorizacion(?:es)?|visados?) (?:de residencia y )?de trabajo',
      // "Contrato" alone is also public procurement.
      'contratos? (?:laboral(?:es)?|de trabajo|indefinidos?|temporal(?:es)?|fijos? discontinuos?|en origen)',
      'contratacion(?:es)? en origen',
      'gecco',
      // "Trabajo" alone is everywhere (trabajo conjunto, grupo de trabajo): only where it means a job.
      '(?:buscar|busca|buscan|busqueda de|encontrar|encontro|encontraron|conseguir|consiguio|consiguieron|perder|perdio|perdieron|sin|falta de|ofertas? de|mercado de|puestos? de|condiciones de|inspeccion de|accidentes? de|derecho al|lugar de|lugares de|ministerio de|ministra de|ministro de|horas de|jornadas? de) trabajo',
      'trabajo (?:agricola|domestico|del hogar|en el campo|del campo|temporal|de temporada|forzoso|infantil|informal|precario|sumergido|no declarado|en negro|decente|remunerado|estacional)',
      // "Empleo" is also "use" (el empleo de la fuerza).
      'empleos?(?! de (?:la fuerza|armas|la violencia|drones|gas|recursos|fondos))',
      'desempleo',
      'desemplead[oa]s?',
      'tasa de paro',
      'laboral(?:es)?',
      'trabajador(?:es|as?)?',
      'jornaler[oa]s?',
      'temporer[oa]s?',
      'salarios?',
      'sueldos?',
      'seguridad social',
      // "Autónomo" is also self-governing (comunidades autónomas, gobiernos autónomos): only the self-employed.
      '(?:trabajador(?:es|as?)?|cuotas? de(?: los)?|hacerse|darse de alta como|alta como|como|para|los|nuevos|nuevas) autonom[oa]s?',
      'emplead[oa]s? (?:del hogar|domestic[oa]s?)',
      'servicio domestico',
      'cuidador(?:es|as?)?',
      'work permits?',
      'work visas?',
      'employment',
      'unemployment',
      'unemployed',
      'employers?',
      'jobs',
      'job (?:market|offers?|seekers?|losses|search|opportunities|centres?|centers?)',
      'wages?',
      'salar(?:y|ies)',
      // "Labour" alone is also the British party.
      'labou?r (?:market|markets|rights|law|laws|exploitation|shortages?|migration|migrants|force|inspectors?|inspections?|conditions|unions?)',
      '(?:forced|child|seasonal|farm|agricultural|domestic|cheap) labou?r',
      '(?:migrant|foreign|seasonal|domestic|farm|agricultural|undocumented|care|guest|essential|platform|gig) workers?',
      "workers'? rights",
      'self employed',
      'social security',
      'trade unions?',
    ],
  },
  family: {
    words: [
      'reagrupacion(?:es)? familiar(?:es)?',
      'reunificacion(?:es)? familiar(?:es)?',
      'familias?',
      'familiar(?:es)?',
      'hij[oa]s?',
      // "Menores" alone is also "minor" (delitos menores, costes menores).
      'menores (?:(?:extranjer[oa]s )?no acompanad[oa]s|extranjer[oa]s|migrantes|de edad|tutelad[oa]s|solos)',
      '(?:ninos|ninas|ninez|infancia|adolescentes) (?:migrantes?|no acompanad[oa]s|refugiad[oa]s|solos)',
      'parejas? de hecho',
      'conyuges?',
      'matrimonios? (?:mixtos?|de conveniencia)',
      'famil(?:y|ies)',
      'child(?:ren)?',
      'unaccompanied (?:minors?|children)',
      'separated children',
      'spouses?',
    ],
  },
  nationality: {
    words: [
      // "Un hombre de nacionalidad colombiana" is how a crime report describes a suspect, not nationality news.
      '(?<!(?:ciudadan[oa]s?|personas?|hombres?|mujer(?:es)?|individuos?|sujetos?|detenid[oa]s?|victimas?|joven(?:es)?|menor(?:es)?|turistas?|pasajer[oa]s?|tripulantes?|nin[oa]s?|presunt[oa]s?|sospechos[oa]s?|anos,?) de )nacionalidad',
      '(?<!(?:\\d+|varias|distintas|diferentes|multiples|muchas|otras|todas las) )nacionalidades',
      // "La ciudadanía" is also "the public": only a citizenship that can be acquired or lost.
      'ciudadania (?:espanola|ecuatoriana|europea|italiana|estadounidense|americana|universal|de la ue|de la union europea|por residencia|por carta de naturaleza)',
      '(?:doble|obtener|obtuvo|obtienen|obtuvieron|obtencion de|solicitar|solicitud de|solicitudes de|conceder|concede|concesion de|otorgar|otorga|adquirir|adquisicion de|perder|pierden|perdida de|renunciar a|renuncia a|retirar|retirada de|revocar|examen de|pruebas de) (?:la )?ciudadania',
      'naturalizacion(?:es)?',
      'naturalizad[oa]s?',
      'carta de naturaleza',
      'ccse',
      'ley de nietos',
      'nationalit(?:y|ies)',
      'citizenship',
      'naturali[sz]ation',
      'naturali[sz]ed',
      'dual citizens?',
    ],
    // The Spanish-language diploma required for nationality; "dele" is also a verb.
    acronyms: ['DELE'],
  },
  health: {
    words: [
      'sanidad',
      'sanitari[oa]s?',
      'salud',
      'hospital(?:es)?',
      'hospitalari[oa]s?',
      'medic[oa]s?',
      'vacun(?:a|as|acion|aciones|ar|ad[oa]s?)',
      'enfermedad(?:es)?',
      'epidemias?',
      'pandemias?',
      'health(?:care)?',
      'hospitals?',
      'medical',
      'doctors',
      'vaccin(?:e|es|ation|ations|ated)',
      'diseases?',
      'epidemics?',
      'pandemics?',
      'clinics?',
    ],
  },
  education: {
    words: [
      'educacion(?:es)?',
      'educativ[oa]s?',
      'escuelas?',
      'escolar(?:es|izacion|izad[oa]s?)?',
      // "Colegio" is also a professional body (colegio de abogados) or a polling station (colegio electoral).
      'colegios?(?! (?:oficial(?:es)? )?de (?:abogad|medic|arquitect|ingenier|economist|enfermer|periodist|notari|registrador|psicolog|farmaceutic|dentist|odontolog|veterinari|procurador|gestores|graduados|titulados)| electoral(?:es)?| cardenalicio)',
      'universidad(?:es)?',
      'universitari[oa]s?',
      'estudiantes?',
      'alumn(?:o|a|os|as|ado)',
      'profesor(?:es|as?|ado)?',
      'docentes?',
      'becas?',
      'becari[oa]s?',
      `homologacion(?:es)? de ${W}{0,2}?(?:titulos?|estudios|diplomas?|titulaciones|grados?)`,
      `homologar ${W}{0,2}?(?:titulos?|estudios|diplomas?|titulaciones)`,
      // "Convalidación" is also Parliament approving a decree.
      `convalidacion(?:es)? de ${W}{0,2}?(?:titulos?|estudios|asignaturas|creditos|diplomas?|titulaciones|notas)`,
      `(?:reconocimiento|validacion) de ${W}{0,2}?(?:titulos?|titulaciones|estudios)`,
      'titulos? (?:universitarios?|extranjeros?|academicos?)',
      'formacion profesional',
      'estancia por estudios',
      'matricula (?:escolar|universitaria)',
      '(?:clases|cursos) de (?:espanol|castellano|idiomas?)',
      'education(?:al)?',
      'schools?',
      'schooling',
      'students?',
      'universit(?:y|ies)',
      'scholarships?',
      'teachers?',
      'pupils?',
      'classrooms?',
      '(?:degree|diploma|qualifications?) recognition',
      `recognition of ${W}{0,2}?(?:qualifications|degrees|diplomas)`,
    ],
  },
  return: {
    words: [
      // "Retorno" alone is also the return to school, of a team, of a rocket.
      'retorno (?:voluntario|asistido|productivo|digno|seguro|de migrantes|de emigrantes|de los emigrantes|de ecuatorianos|al pais)',
      '(?:plan(?:es)?|programas?|ley(?:es)?|ayudas?|incentivos?|oficinas?|guias?) (?:de |del |para el |al )?retorno',
      'retornad[oa]s',
      '(?:regreso|retorno|vuelta|volver|regresar|retornar|regresan|retornan|vuelven|regresaron|retornaron|volvieron) (?:a|al) (?:ecuador|su pais|sus paises|su pais de origen|sus paises de origen|pais de origen|la tierra natal)',
      'abono acumulado y anticipado',
      'capitalizacion (?:de la prestacion|del paro|del desempleo)',
      'return migration',
      '(?:voluntary|assisted) (?:voluntary )?returns?',
      'returnees?',
      'reintegration',
      '(?:return|returns|returning|returned) (?:home )?to (?:ecuador|their countr(?:y|ies)|their home countr(?:y|ies)|(?:their |the )?countr(?:y|ies) of origin)',
    ],
  },
  consular: {
    words: [
      'consulados?',
      'consular(?:es)?',
      'consul(?:es)?',
      // "Embajada" alone is mostly diplomacy or war: only the missions that serve our readers.
      `embajadas? (?:de|del|en) (?:ecuador|espana|quito|madrid|${US})`,
      'embajadas? (?:ecuatorianas?|espanolas?|estadounidenses?)',
      // "Canciller" alone is also the German Chancellor; the Cancillería is Ecuador's foreign (and migration) ministry.
      'cancilleria',
      'pasaportes?(?! (?:covid|sanitarios?|de vacunacion|vacunal(?:es)?|cultural(?:es)?|energeticos?))',
      'apostill(?:a|as|ar|ad[oa]s?)',
      'legalizacion(?:es)? de documentos',
      '(?:voto|votos|votar|electores|asambleistas?|circunscripcion(?:es)?) (?:en el |desde el |del |por el )?exterior',
      'consulates?',
      'consuls?',
      "(?:ecuadorian|ecuador's|spanish|spain's|us|u\\.s\\.) embass(?:y|ies)",
      'embass(?:y|ies) (?:in|of) (?:ecuador|spain|quito|madrid)',
      '(?<!(?:vaccine|covid|health|vaccination|green|digital) )passports?',
      'apostilles?',
    ],
  },
  trafficking: {
    words: [
      // "Se trata de personas…" is "these are people…".
      '(?<!se )trata (?:de (?:personas|seres humanos|mujeres|menores|ninos|ninas|blancas)|con fines)',
      'tratantes?',
      'trafic(?:o|antes?) (?:ilicito )?de (?:personas|migrantes|inmigrantes|seres humanos|menores)',
      'explotacion(?:es)? (?:laboral(?:es)?|sexual(?:es)?)',
      'trabajos? forzos[oa]s?',
      'esclavitud (?:moderna|laboral|sexual)',
      'servidumbre',
      // In Ecuador a "coyote" is a people smuggler.
      'coyoter(?:o|os|a|as|ismo)',
      'coyotes?',
      'red(?:es)? de (?:trata|inmigracion (?:ilegal|irregular|clandestina)|trafico de personas)',
      `mafias? de ${W}{0,2}?(?:inmigracion|migrantes|personas|pateras|cayucos)`,
      // Drugs and arms are trafficked too.
      '(?<!(?:drug|drugs|arms|weapons|wildlife|cocaine|narcotics|gun|firearms) )traffick(?:ing|ers?)(?! (?:of|in) (?:drugs|arms|weapons|cocaine|narcotics|guns|firearms|wildlife))',
      'trafficked (?:people|persons|women|children|girls|migrants|victims|into)',
      '(?:migrant|people|human) smuggl(?:ing|ers?)',
      'smuggl(?:ing|ers?|ed) (?:of )?(?:migrants|people|refugees|asylum seekers|persons)',
      'forced labou?r',
      'modern slavery',
      'sexual exploitation',
      'labou?r exploitation',
    ],
  },
  discrimination: {
    words: [
      'discrimin(?:a|an|ar|o|aron|acion|aciones|atori[oa]s?|ad[oa]s?)',
      'racismo',
      'racistas?',
      'racial(?:es)?',
      'xenofob(?:ia|o|a|os|as|ic[oa]s?)',
      '(?:delitos?|discursos?|incidentes?|crimen(?:es)?|agresion(?:es)?) de odio',
      'aporofobia',
      'islamofobia',
      'antigitanismo',
      'perfil(?:es)? (?:etnic[oa]s?|racial(?:es)?)',
      'control(?:es)? (?:policiales )?(?:por perfil|etnicos)',
      'discriminat(?:ion|ory|ed|es|e|ing)',
      'racism',
      'racists?',
      'racial(?:ly)?',
      'xenophob(?:ia|ic|e|es)',
      'hate (?:crimes?|speech|incidents?)',
      'islamophobia',
      'anti (?:migrant|immigrant|refugee)',
    ],
  },
  borders: {
    words: [
      // "Sin fronteras" is a name (Médicos, Reporteros Sin Fronteras), not a border.
      '(?<!sin )fronteras?',
      '(?<!sin )fronteriz[oa]s?',
      'frontex',
      'pateras?',
      'cayucos?',
      `embarcacion(?:es)? (?:con|de|cargadas? de) ${W}{0,2}?(?:migrantes|inmigrantes)`,
      'rutas? (?:canaria|atlantica|migratorias?|del mediterraneo|mediterranea|de los balcanes|del darien)',
      '(?:rutas?|llegadas?) (?:a|hacia) canarias',
      // The Darién gap, the route north through Panama.
      'darien',
      // "Mediterráneo" alone is also the sea of holidays: only with people crossing it.
      'mediterraneo central',
      `(?:migrantes|personas|naufragios?|rescates?|muertos?|desaparecid[oa]s|llegadas) ${W}{0,4}?(?:en|del|el|por el) mediterraneo`,
      'lampedusa',
      'salvamento maritimo',
      'saltos? (?:a|de) la valla',
      'vallas? (?:de|fronterizas? de) (?:ceuta|melilla)',
      'llegadas? (?:de migrantes |irregulares )?a (?:canarias|las islas canarias|lampedusa|ceuta|melilla|las costas (?:espanolas|canarias|andaluzas|italianas|griegas))',
      'pasos? (?:irregulares|ilegales|clandestinos)',
      '(?<!without )borders?',
      '(?:border|channel|irregular|illegal|sea|mediterranean|migrant|dangerous) crossings?',
      'small boats?',
      'migrant boats?',
      'boat people',
      'central mediterranean',
      '(?:canary islands|atlantic) route',
    ],
  },
};

/**
 * Migration terms that are no tag's keyword (or a keyword of a tag that is not about migration by itself).
 * Generic words (trabajo, salud, educación, familia, contrato, empleo) are deliberately absent.
 */
const MIGRATION_TERMS: Lexicon = {
  words: [
    // Birds, whales and data migrate too.
    'migracion(?:es)?(?! de (?:las |los )?(?:datos|sistemas|servidores|aves|ballenas|mariposas|tortugas|especies|peces|animales|aplicaciones|plataformas?|clientes|usuarios))',
    '(?<!(?:aves|especies|peces|mariposas|ballenas|tortugas|animales) )migratori[oa]s?',
    '(?:in|e)?migrantes?',
    'inmigracion(?:es)?',
    'emigracion(?:es)?',
    '(?:in|e)migrad[oa]s',
    'emigr(?:ar|an|aron|ando)',
    'extranjeria',
    // "Extranjero" is also "abroad" and "foreign" (inversión extranjera, turistas extranjeros): only as people.
    '(?:los|las|a|de|para|con|sin|unos|unas|muchos|miles de|cientos de|\\d+(?:\\.\\d+)*) extranjer(?:os|as)',
    '(?:ciudadan[oa]s?|personas?|trabajador(?:es|as?)|afiliad[oa]s|residentes?|poblacion|menores|alumnado|alumn[oa]s|estudiantes|vecin[oa]s|nacid[oa]s|origen|mano de obra|mujeres|hombres|familias) extranjer[oa]s?',
    '(?:ecuatorian[oa]s|compatriotas|connacionales|migrantes|espanol(?:es|as)|latinoamerican[oa]s) (?:residentes |que viven |que residen |radicad[oa]s )?(?:en el|al|del|desde el) (?:exterior|extranjero)',
    `(?:ecuatorian[oa]s|compatriotas|connacionales) (?:residentes |que viven |que residen |radicad[oa]s )?en (?:espana|${US}|europa|italia)`,
    'diasporas?',
    'movilidad humana',
    'sin papeles',
    'indocumentad[oa]s?',
    'situacion(?:es)? (?:administrativa |migratoria )?irregular(?:es)?',
    '(?:estancia|entradas?|llegadas?) irregular(?:es)?',
    'menores (?:extranjeros )?no acompanad[oa]s',
    'reagrupacion(?:es)? familiar(?:es)?',
    'reunificacion(?:es)? familiar(?:es)?',
    'desplazamiento forzado',
    'desplazad[oa]s (?:internos|internas|forzos[oa]s|por la violencia)',
    '(?<!(?:bird|birds|data|animal|whale|cloud|cell|database|server|species) )migrations?(?! of (?:birds|whales|data|species|animals|cells))',
    'migrants?',
    'immigra(?:nts?|tion|ting|te|ted)',
    'emigra(?:nts?|tion|ting|te|ted)',
    'undocumented',
    'displaced (?:people|persons|families|populations)',
    '(?:internally|forcibly) displaced',
    'unaccompanied (?:minors?|children)',
    'family reunification',
  ],
  // The International Organization for Migration.
  acronyms: ['OIM', 'IOM'],
};

interface Compiled {
  words: RegExp | null;
  acronyms: RegExp | null;
}

/**
 * Word boundaries. Letters are ASCII and Latin-1/Latin Extended, enough for folded Spanish, English, Catalan and
 * Portuguese; a \p{L} class here made matching four times slower (every position of every text is tested).
 */
const WORD_CHAR = '0-9A-Za-z\\u00c0-\\u024f';
const BEFORE = `(?<![${WORD_CHAR}])`;
const AFTER = `(?![${WORD_CHAR}])`;

function compileLexicon(lexicon: Lexicon): Compiled {
  const alternation = (sources: readonly string[]) => sources.map((s) => `(?:${s})`).join('|');
  return {
    words: lexicon.words.length ? new RegExp(`${BEFORE}(?:${alternation(lexicon.words.map((w) => w.replace(/ /g, '[\\s-]+')))})${AFTER}`, 'u') : null,
    acronyms: lexicon.acronyms?.length ? new RegExp(`${BEFORE}(?:${alternation(lexicon.acronyms)})${AFTER}`, 'u') : null,
  };
}

const TAG_MATCHERS: ReadonlyArray<readonly [NewsTag, Compiled]> = NEWS_TAGS.map((tag) => [tag, compileLexicon(LEXICON[tag])] as const);
const MIGRATION_MATCHER = compileLexicon(MIGRATION_TERMS);

interface Folded {
  /** Accents stripped, case kept: for acronyms. */
  cased: string;
  /** Accents stripped, lower case: for words. */
  lower: string;
}

function fold(text: string): Folded {
  // Runs of punctuation (rules drawn with dashes, dots or underscores) carry no words; one is enough.
  const cased = text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/([-_=.·*~])\1{2,}/g, '$1');
  return { cased, lower: cased.toLowerCase() };
}

function matches(m: Compiled, t: Folded): boolean {
  return (m.words !== null && m.words.test(t.lower)) || (m.acronyms !== null && m.acronyms.test(t.cased));
}

/** Tags whose keywords appear in the text (title + summary, plain text). Order = NEWS_TAGS order, no duplicates. */
export function tagsFor(text: string): NewsTag[] {
  const t = fold(text);
  return TAG_MATCHERS.filter(([, m]) => matches(m, t)).map(([tag]) => tag);
}

/** True when the text is about migration: used to keep only relevant items from sitewide feeds. */
export function isMigrationRelated(text: string): boolean {
  const t = fold(text);
  if (matches(MIGRATION_MATCHER, t)) return true;
  return TAG_MATCHERS.some(([tag, m]) => MIGRATION_TAGS.has(tag) && matches(m, t));
}
