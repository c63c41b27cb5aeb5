/**
 * The forum's categories, shipped with the platform. Questions where the asker's own situation may be
 * irregular or sensitive (papers, work, rights, the family left behind) are anonymous by default.
 */
export interface SeedCategory {
  slug: string;
  nameEs: string;
  nameEn: string;
  descriptionEs: string;
  descriptionEn: string;
  anonymousByDefault: boolean;
}

export const SEED_CATEGORIES: SeedCategory[] = [
  {
    slug: 'residencia-y-papeles',
    nameEs: 'Residencia y papeles',
    nameEn: 'Residence and papers',
    descriptionEs: 'Visados, autorizaciones de residencia, arraigo, renovaciones, citas en extranjería y el TIE.',
    descriptionEn: 'Visas, residence permits, arraigo, renewals, appointments at the immigration office and the TIE card.',
    anonymousByDefault: true,
  },
  {
    slug: 'reagrupacion-familiar',
    nameEs: 'Reagrupación familiar',
    nameEn: 'Family reunification',
    descriptionEs: 'Traer a la pareja, a los hijos o a los padres: requisitos, plazos, documentos y visados.',
    descriptionEn: 'Bringing a partner, children or parents: requirements, time limits, documents and visas.',
    anonymousByDefault: false,
  },
  {
    slug: 'trabajo-y-seguridad-social',
    nameEs: 'Trabajo y Seguridad Social',
    nameEn: 'Work and social security',
    descriptionEs: 'Contratos, nóminas, despidos, trabajo por cuenta propia, cotizaciones, paro y pensiones.',
    descriptionEn: 'Contracts, payslips, dismissals, self-employment, contributions, unemployment benefit and pensions.',
    anonymousByDefault: true,
  },
  {
    slug: 'nacionalidad',
    nameEs: 'Nacionalidad',
    nameEn: 'Nationality',
    descriptionEs: 'La nacionalidad española por residencia, los exámenes, la doble nacionalidad con Ecuador y los plazos.',
    descriptionEn: 'Spanish nationality by residence, the exams, dual nationality with Ecuador and how long it takes.',
    anonymousByDefault: false,
  },
  {
    slug: 'retorno-a-ecuador',
    nameEs: 'Retorno a Ecuador',
    nameEn: 'Return to Ecuador',
    descriptionEs: 'Volver a Ecuador: pensiones, menaje de casa, homologación de títulos y qué pasa con la residencia en España.',
    descriptionEn: 'Going back to Ecuador: pensions, household goods, recognition of qualifications and what happens to residence in Spain.',
    anonymousByDefault: false,
  },
  {
    slug: 'familias-en-origen',
    nameEs: 'Familias en Ecuador',
    nameEn: 'Families at home',
    descriptionEs: 'Para quienes se quedan: hijos e hijas a cargo de familiares, remesas, poderes, tutela y cómo afecta la migración a la familia.',
    descriptionEn: 'For those who stay: children cared for by relatives, remittances, powers of attorney, guardianship and how migration affects the family.',
    anonymousByDefault: true,
  },
  {
    slug: 'derechos-y-discriminacion',
    nameEs: 'Derechos y discriminación',
    nameEn: 'Rights and discrimination',
    descriptionEs: 'Racismo, abusos en el trabajo o en la vivienda, controles policiales, atención sanitaria y cómo denunciar.',
    descriptionEn: 'Racism, abuse at work or in housing, police checks, health care and how to report.',
    anonymousByDefault: true,
  },
  {
    slug: 'otras-consultas',
    nameEs: 'Otras consultas',
    nameEn: 'Other questions',
    descriptionEs: 'Lo que no encaja en las demás categorías.',
    descriptionEn: 'Anything that does not fit the other categories.',
    anonymousByDefault: false,
  },
];
