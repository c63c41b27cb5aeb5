import { parse } from 'csv-parse/sync';
import { isEmail, isURL } from 'class-validator';
import type { Locale } from '../users/user.entity';
import { cleanLine, cleanProse } from '../../common/text/plain-text';
import { OFFICIAL_LEVELS, type OfficialLevel } from './advocacy.entities';
import { WEB_URL } from './officials.dto';

/** One official as a CSV row describes it, ready to create or to update an existing row with. */
export interface OfficialRecord {
  name: string;
  position: string | null;
  institution: string;
  level: OfficialLevel;
  country: string;
  region: string | null;
  email: string | null;
  contactUrl: string | null;
  sourceUrl: string | null;
  lastVerifiedOn: string | null;
  active: boolean;
  notes: string | null;
  needsVerification: boolean;
}

export interface ParsedRow {
  line: number;
  record: OfficialRecord | null;
  /** What the row says, for the report even when it is broken. */
  name: string;
  institution: string;
  email: string | null;
  problems: { field: string; message: string }[];
}

export interface ParsedCsv {
  rows: ParsedRow[];
  /** The fields the file has a column for: an update changes only these (and re-derives needsVerification). */
  present: (keyof OfficialRecord)[];
  ignoredColumns: string[];
  /** A problem with the file as a whole (not CSV, no header, a required column missing). */
  fileProblem: string | null;
}

type Field = keyof Omit<OfficialRecord, 'needsVerification'>;

/** Column names volunteers are likely to write, in English or Spanish, accents and case aside. */
const HEADERS: Record<string, Field> = {
  name: 'name', nombre: 'name',
  position: 'position', cargo: 'position', puesto: 'position',
  institution: 'institution', institucion: 'institution', organismo: 'institution',
  level: 'level', nivel: 'level',
  country: 'country', pais: 'country',
  region: 'region', provincia: 'region', ciudad: 'region', city: 'region',
  email: 'email', correo: 'email', 'correo electronico': 'email', 'e-mail': 'email',
  contact_url: 'contactUrl', contacturl: 'contactUrl', contacto: 'contactUrl', 'contact url': 'contactUrl', formulario: 'contactUrl',
  source_url: 'sourceUrl', sourceurl: 'sourceUrl', fuente: 'sourceUrl', 'source url': 'sourceUrl', source: 'sourceUrl',
  last_verified: 'lastVerifiedOn', lastverified: 'lastVerifiedOn', 'last verified': 'lastVerifiedOn', verificado: 'lastVerifiedOn', 'ultima verificacion': 'lastVerifiedOn',
  active: 'active', activo: 'active',
  notes: 'notes', notas: 'notes',
};

const LEVEL_WORDS: Record<string, OfficialLevel> = {
  nacional: 'national', regional: 'regional', autonomico: 'regional', local: 'local', municipal: 'local',
  ue: 'eu', eu: 'eu', europeo: 'eu', consular: 'consular', consulado: 'consular', ong: 'ngo', ngo: 'ngo',
  internacional: 'international', international: 'international', national: 'national',
};

const TRUE = new Set(['true', 'yes', 'si', '1', 'x']);
const FALSE = new Set(['false', 'no', '0']);

const T = {
  required: { es: 'es obligatorio', en: 'is required' },
  level: { es: `debe ser uno de: ${OFFICIAL_LEVELS.join(', ')} (o nacional, autonómico, ue, ong…)`, en: `must be one of: ${OFFICIAL_LEVELS.join(', ')}` },
  country: { es: 'debe ser un código de país de dos letras (ES, EC, EU…)', en: 'must be a two-letter country code (ES, EC, EU…)' },
  email: { es: 'no es un correo electrónico válido', en: 'is not a valid email address' },
  url: { es: 'debe ser una dirección web completa (https://…)', en: 'must be a full web address (https://…)' },
  date: { es: 'debe ser una fecha AAAA-MM-DD', en: 'must be a date YYYY-MM-DD' },
  bool: { es: 'debe ser sí o no', en: 'must be yes or no' },
  long: { es: 'es demasiado largo', en: 'is too long' },
  duplicate: { es: 'ya aparece en la línea {0} de este archivo', en: 'already appears on line {0} of this file' },
};

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Reads an officials CSV (UTF-8, comma or semicolon separated, header first) and checks every row. Nothing
 * here touches the database: the caller decides what to save.
 */
export function parseOfficialsCsv(csv: string, locale: Locale): ParsedCsv {
  const text = csv.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let table: string[][];
  let endLines: number[];
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    table = rows.map((r) => r.record);
    // Where each record starts in the file (a quoted cell may span lines; blank lines are skipped).
    endLines = rows.map((r) => r.info.lines - (r.record.join('').match(/\n/g)?.length ?? 0));
  } catch (e) {
    const where = (e as { lines?: number }).lines;
    return {
      rows: [],
      present: [],
      ignoredColumns: [],
      fileProblem: locale === 'es' ? `El archivo no es un CSV válido${where ? ` (línea ${where})` : ''}.` : `The file is not valid CSV${where ? ` (line ${where})` : ''}.`,
    };
  }
  if (table.length === 0) return { rows: [], present: [], ignoredColumns: [], fileProblem: locale === 'es' ? 'El archivo está vacío.' : 'The file is empty.' };

  const header = table[0].map((h) => HEADERS[fold(h).replace(/\s+/g, ' ')] ?? null);
  const ignoredColumns = table[0].filter((_, i) => header[i] === null && table[0][i] !== '');
  const missing = (['name', 'institution', 'level', 'country'] as Field[]).filter((f) => !header.includes(f));
  if (missing.length) {
    return {
      rows: [],
      present: [],
      ignoredColumns,
      fileProblem:
        locale === 'es'
          ? `Faltan columnas obligatorias en la cabecera: ${missing.join(', ')}.`
          : `Required columns are missing from the header: ${missing.join(', ')}.`,
    };
  }

  const seenEmail = new Map<string, number>();
  const seenKey = new Map<string, number>();
  const rows: ParsedRow[] = [];
  table.slice(1).forEach((cells, i) => {
    const line = endLines[i + 1];
    const raw: Partial<Record<Field, string>> = {};
    header.forEach((field, c) => {
      if (field && cells[c] !== undefined && cells[c] !== '') raw[field] = cells[c];
    });
    const problems: { field: string; message: string }[] = [];
    const say = (field: string, m: { es: string; en: string }, arg?: string | number) => problems.push({ field, message: m[locale].replace('{0}', String(arg ?? '')) });
    const line1 = (f: Field, max: number): string | null => {
      const v = raw[f] === undefined ? '' : cleanLine(raw[f]);
      if (v.length > max) say(f, T.long);
      return v || null;
    };

    const name = line1('name', 200);
    const institution = line1('institution', 200);
    if (!name) say('name', T.required);
    if (!institution) say('institution', T.required);
    const position = line1('position', 200);
    const region = line1('region', 120);

    const levelRaw = fold(raw.level ?? '');
    const level = (OFFICIAL_LEVELS as readonly string[]).includes(levelRaw) ? (levelRaw as OfficialLevel) : LEVEL_WORDS[levelRaw];
    if (!levelRaw) say('level', T.required);
    else if (!level) say('level', T.level);

    const country = (raw.country ?? '').trim().toUpperCase();
    if (!country) say('country', T.required);
    else if (!/^[A-Z]{2}$/.test(country)) say('country', T.country);

    const email = raw.email ? raw.email.trim().toLowerCase() : null;
    if (email && (!isEmail(email) || email.length > 254)) say('email', T.email);
    else if (email) {
      const earlier = seenEmail.get(email);
      if (earlier) say('email', T.duplicate, earlier);
      else seenEmail.set(email, line);
    } else if (name && institution && country) {
      // Without an email, a row is matched by name, institution and country: twice in one file is a mistake.
      const key = officialKey({ name, institution, country });
      const earlier = seenKey.get(key);
      if (earlier) say('name', T.duplicate, earlier);
      else seenKey.set(key, line);
    }

    const url = (f: 'contactUrl' | 'sourceUrl'): string | null => {
      const v = raw[f]?.trim();
      if (!v) return null;
      if (v.length > 500 || !isURL(v, WEB_URL)) say(f, T.url);
      return v;
    };
    const contactUrl = url('contactUrl');
    const sourceUrl = url('sourceUrl');

    const lastVerifiedOn = raw.lastVerifiedOn?.trim() || null;
    if (lastVerifiedOn && !validDate(lastVerifiedOn)) say('lastVerifiedOn', T.date);

    let active = true;
    if (raw.active !== undefined) {
      const a = fold(raw.active);
      if (TRUE.has(a)) active = true;
      else if (FALSE.has(a)) active = false;
      else say('active', T.bool);
    }
    const notes = raw.notes ? cleanProse(raw.notes) : null;
    if (notes && notes.length > 1000) say('notes', T.long);

    rows.push({
      line,
      name: name ?? '',
      institution: institution ?? '',
      email,
      problems,
      record: problems.length
        ? null
        : {
            name: name!,
            position,
            institution: institution!,
            level: level,
            country,
            region,
            email,
            contactUrl,
            sourceUrl,
            lastVerifiedOn,
            active,
            notes,
            // An address without the date someone checked it against an official source waits for that check.
            needsVerification: !email || !lastVerifiedOn,
          },
    });
  });
  const present = [...new Set(header.filter((f): f is Field => f !== null))] as (keyof OfficialRecord)[];
  return { rows, present, ignoredColumns, fileProblem: null };
}

/** How a row without an email is matched: name, institution and country, case aside. */
export function officialKey(r: { name: string; institution: string; country: string }): string {
  return `${r.name.toLowerCase()}\u0000${r.institution.toLowerCase()}\u0000${r.country}`;
}
